// 行动办工作台: the little the pages do in the browser. Everything works without it, except "select all".
document.addEventListener('DOMContentLoaded', function () {
  // a checkbox with data-select-all="name" ticks every checkbox of that name
  document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    all.addEventListener('change', function () {
      document.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    });
  });
  // a form with data-confirm="…" asks before it is sent (pushes to groups, rejections)
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
});
