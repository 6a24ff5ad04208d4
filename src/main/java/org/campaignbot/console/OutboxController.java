package org.campaignbot.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.outbox.OutboxLog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 推送记录: every push in the outbox — waiting, failed with the platform's error, sent — and "重试" for a failed one,
 * which only makes it due now; the dispatcher sends it on its next round as usual.
 */
@Controller
class OutboxController {
    private final OutboxLog outbox;
    private final ActionLog actions;

    OutboxController(OutboxLog outbox, ActionLog actions) {
        this.outbox = outbox;
        this.actions = actions;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        OutboxLog.Filter filter = filter(status);
        int p = Pages.page(page);
        var rows = outbox.list(filter, q, (p - 1) * Pages.SIZE, Pages.SIZE);
        model.addAttribute("rows", rows.rows());
        model.addAttribute("total", rows.total());
        model.addAttribute("filter", filter.name());
        model.addAttribute("q", Pages.blank(q));
        model.addAttribute("counts", outbox.counts(java.time.Instant.EPOCH));
        model.addAttribute("page", p);
        model.addAttribute("pages", Pages.pages(rows.total()));
        model.addAttribute("link", Pages.link("/admin/outbox", "status", filter.name().toLowerCase(Locale.ROOT), "q", q));
        return "console/outbox";
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(required = false) String back, Authentication who,
                 HttpServletRequest request, RedirectAttributes flash) {
        var row = outbox.find(id).orElseThrow(() -> new ConsoleErrors.NotFound("发件箱中没有第 " + id + " 条推送"));
        boolean due = outbox.retryNow(id);
        Actor.record(actions, who, request, "重试推送", "第 " + id + " 条 → " + row.target().key() + "：" + ConsoleFormat.INSTANCE.shorten(row.text(), 40), due);
        flash.addFlashAttribute(due ? "ok" : "problem", due ? "第 " + id + " 条推送将在几秒内重新发送，结果见本页"
                : "第 " + id + " 条推送已发出或正在发送，无需重试");
        return "redirect:" + Pages.link("/admin/outbox", "status", filter(back).name().toLowerCase(Locale.ROOT));
    }

    private static OutboxLog.Filter filter(String status) {
        try {
            return status == null || status.isBlank() ? OutboxLog.Filter.ALL : OutboxLog.Filter.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OutboxLog.Filter.ALL;
        }
    }
}
