package org.campaignbot.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.supervision.Bulletin;
import org.campaignbot.supervision.BulletinJob;
import org.campaignbot.supervision.CloseRequests;
import org.campaignbot.supervision.Ledger;
import org.campaignbot.supervision.LedgerRepository;
import org.campaignbot.supervision.SupervisionProperties;
import org.campaignbot.supervision.TaskState;
import org.campaignbot.supervision.TaskStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督办台账: the ledger with its lights and filters, one task with its progress and close request (confirm, reject with
 * a reason that goes to the requester, reopen), and the bulletin with "立即推送". The rules are the supervision
 * feature's ({@link Ledger}, {@link CloseRequests}, {@link BulletinJob}); this only shows them and records who acted.
 */
@Controller
class LedgerController {
    /** The filter's 待确认: tasks with a close request waiting for the office. */
    static final String REQUESTED = "REQUESTED";
    private final Ledger ledger;
    private final LedgerRepository repository;
    private final CloseRequests closeRequests;
    private final Bulletin bulletin;
    private final BulletinJob bulletinJob;
    private final SupervisionProperties properties;
    private final ContactDirectory contacts;
    private final ActionLog actions;

    LedgerController(Ledger ledger, LedgerRepository repository, CloseRequests closeRequests, Bulletin bulletin,
                     BulletinJob bulletinJob, SupervisionProperties properties, ContactDirectory contacts, ActionLog actions) {
        this.ledger = ledger;
        this.repository = repository;
        this.closeRequests = closeRequests;
        this.bulletin = bulletin;
        this.bulletinJob = bulletinJob;
        this.properties = properties;
        this.contacts = contacts;
        this.actions = actions;
    }

    @GetMapping("/admin/ledger")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                @RequestParam(required = false) String month, Model model) {
        List<TaskState> all = ledger.states();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s.name(), 0);
        }
        all.forEach(s -> counts.merge(s.status().name(), 1, Integer::sum));
        YearMonth dueMonth = Pages.month(month);
        String u = Pages.blank(unit);
        String st = Pages.blank(status);
        List<TaskState> shown = all.stream()
                .filter(s -> u.isEmpty() || s.task().leadUnit().equals(u) || s.task().coUnits().contains(u))
                .filter(s -> st.isEmpty() || (st.equals(REQUESTED) ? s.task().closeRequested() : s.status().name().equals(st)))
                .filter(s -> dueMonth == null || (s.due() != null && YearMonth.from(s.due()).equals(dueMonth)))
                .toList();
        model.addAttribute("tasks", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("counts", counts);
        model.addAttribute("requested", all.stream().filter(s -> s.task().closeRequested()).count());
        model.addAttribute("units", all.stream().map(s -> s.task().leadUnit()).filter(x -> !x.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("unit", u);
        model.addAttribute("status", st);
        model.addAttribute("month", dueMonth == null ? "" : dueMonth.toString());
        model.addAttribute("today", ledger.today());
        return "console/ledger";
    }

    @GetMapping("/admin/ledger/{id}")
    String task(@PathVariable long id, Model model) {
        TaskState state = ledger.state(id).orElseThrow(() -> new ConsoleErrors.NotFound("督办台账中没有任务" + id));
        model.addAttribute("s", state);
        var progress = new java.util.ArrayList<>(ledger.progress(id));
        java.util.Collections.reverse(progress); // newest first
        model.addAttribute("progress", progress);
        model.addAttribute("request", repository.closeRequest(id).orElse(null));
        model.addAttribute("rejection", repository.lastRejection(id).orElse(null));
        return "console/task";
    }

    @PostMapping("/admin/ledger/{id}/close")
    String close(@PathVariable long id, Authentication who, HttpServletRequest request, RedirectAttributes flash) {
        TaskState state = ledger.state(id).orElseThrow(() -> new ConsoleErrors.NotFound("督办台账中没有任务" + id));
        boolean done = ledger.close(id, Actor.name(who));
        Actor.record(actions, who, request, "确认办结", describe(state), done);
        flash.addFlashAttribute(done ? "ok" : "problem", done ? "已确认任务" + id + "办结" : "任务" + id + "已经办结，无需再次确认");
        return "redirect:/admin/ledger/" + id;
    }

    @PostMapping("/admin/ledger/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication who,
                  HttpServletRequest request, RedirectAttributes flash) {
        TaskState state = ledger.state(id).orElseThrow(() -> new ConsoleErrors.NotFound("督办台账中没有任务" + id));
        String r = reason.strip();
        if (r.isEmpty() || r.length() > 500) {
            flash.addFlashAttribute("problem", r.isEmpty() ? "请写明驳回理由：理由会发给申请人" : "驳回理由请控制在 500 字以内");
            return "redirect:/admin/ledger/" + id;
        }
        var rejection = closeRequests.reject(id, r);
        Actor.record(actions, who, request, "驳回办结", describe(state) + "，理由：" + r, rejection.isPresent());
        if (rejection.isEmpty()) {
            flash.addFlashAttribute("problem", "任务" + id + "没有待确认的办结申请");
        } else {
            flash.addFlashAttribute("ok", "已驳回 " + rejection.get().request().by() + " 的办结申请"
                    + (rejection.get().notified() ? "，理由已放入发件箱发给申请人" : "（该申请没有记录平台账号，无法通知申请人）"));
        }
        return "redirect:/admin/ledger/" + id;
    }

    @PostMapping("/admin/ledger/{id}/reopen")
    String reopen(@PathVariable long id, Authentication who, HttpServletRequest request, RedirectAttributes flash) {
        TaskState state = ledger.state(id).orElseThrow(() -> new ConsoleErrors.NotFound("督办台账中没有任务" + id));
        boolean done = closeRequests.reopen(id);
        Actor.record(actions, who, request, "重新打开", describe(state), done);
        flash.addFlashAttribute(done ? "ok" : "problem", done ? "任务" + id + "已重新打开，恢复催办" : "任务" + id + "没有办结，无需重新打开");
        return "redirect:/admin/ledger/" + id;
    }

    @GetMapping("/admin/ledger/bulletin")
    String bulletin(Model model) {
        model.addAttribute("markdown", bulletin.render(properties.bulletinMaxItems()));
        model.addAttribute("title", Bulletin.TITLE);
        model.addAttribute("today", ledger.today());
        model.addAttribute("groups", contacts.current().groups().stream().filter(Contacts.Group::bulletins).toList());
        return "console/bulletin";
    }

    @PostMapping("/admin/ledger/bulletin/send")
    String send(Authentication who, HttpServletRequest request, RedirectAttributes flash) {
        int queued = bulletinJob.post();
        Actor.record(actions, who, request, "立即推送", "督办通报（" + ledger.today() + "），新排队 " + queued + " 条", true);
        flash.addFlashAttribute(queued > 0 ? "ok" : "problem", queued > 0
                ? "督办通报已放入发件箱，共 " + queued + " 条，稍后发出（见推送记录）"
                : "没有新排队的消息：今天已经推送过、今天不是工作日，或通讯录里没有接收通报（bulletins: true）的群");
        return "redirect:/admin/ledger/bulletin";
    }

    private static String describe(TaskState s) {
        return "任务" + s.task().id() + " " + ConsoleFormat.INSTANCE.shorten(s.task().title(), 40) + "（" + s.task().leadUnit() + "）";
    }
}
