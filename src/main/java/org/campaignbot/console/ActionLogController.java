package org.campaignbot.console;

import org.campaignbot.admin.ActionLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 操作记录: who did what and when — logins, failed logins, confirmations, reviews, uploads, pushes, API changes. */
@Controller
class ActionLogController {
    private final ActionLog actions;

    ActionLogController(ActionLog actions) {
        this.actions = actions;
    }

    @GetMapping("/admin/actions")
    String list(@RequestParam(required = false) String who, @RequestParam(required = false) String text,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Integer page, Model model) {
        int p = Pages.page(page);
        ActionLog.Page found = actions.search(who, text, Pages.date(from), Pages.date(to), (p - 1) * Pages.SIZE, Pages.SIZE);
        model.addAttribute("entries", found.entries());
        model.addAttribute("total", found.total());
        model.addAttribute("who", Pages.blank(who));
        model.addAttribute("text", Pages.blank(text));
        model.addAttribute("from", Pages.date(from) == null ? "" : Pages.date(from).toString());
        model.addAttribute("to", Pages.date(to) == null ? "" : Pages.date(to).toString());
        model.addAttribute("page", p);
        model.addAttribute("pages", Pages.pages(found.total()));
        model.addAttribute("link", Pages.link("/admin/actions", "who", who, "text", text, "from", from, "to", to));
        return "console/actions";
    }
}
