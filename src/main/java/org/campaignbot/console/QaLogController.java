package org.campaignbot.console;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.conversation.log.QaEntry;
import org.campaignbot.conversation.log.QaLog;
import org.campaignbot.conversation.log.QaQuery;
import org.campaignbot.quiz.admin.CsvCodec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 问答日志: what cadres asked and what the bot answered, searchable by day, person and wording; CSV for Excel. */
@Controller
class QaLogController {
    private final QaLog qaLog;
    private final ActionLog actions;

    QaLogController(QaLog qaLog, ActionLog actions) {
        this.qaLog = qaLog;
        this.actions = actions;
    }

    @GetMapping("/admin/qa")
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String user, @RequestParam(required = false) String text,
                @RequestParam(required = false) String unanswered, @RequestParam(required = false) Integer page, Model model) {
        QaQuery query = query(from, to, user, text, unanswered);
        int p = Pages.page(page);
        QaLog.Page found = qaLog.search(query, (p - 1) * Pages.SIZE, Pages.SIZE);
        model.addAttribute("entries", found.entries());
        model.addAttribute("total", found.total());
        model.addAttribute("from", query.from() == null ? "" : query.from().toString());
        model.addAttribute("to", query.to() == null ? "" : query.to().toString());
        model.addAttribute("userFilter", Pages.blank(user));
        model.addAttribute("text", Pages.blank(text));
        model.addAttribute("unanswered", query.unanswered());
        model.addAttribute("retention", qaLog.properties().retention().toDays());
        model.addAttribute("enabled", qaLog.properties().enabled());
        String[] params = {"from", model.getAttribute("from").toString(), "to", model.getAttribute("to").toString(),
                "user", Pages.blank(user), "text", Pages.blank(text), "unanswered", query.unanswered() ? "1" : ""};
        model.addAttribute("link", Pages.link("/admin/qa", params));
        model.addAttribute("exportLink", Pages.link("/admin/qa/export", params));
        model.addAttribute("page", p);
        model.addAttribute("pages", Pages.pages(found.total()));
        return "console/qa";
    }

    @GetMapping("/admin/qa/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String user, @RequestParam(required = false) String text,
                                  @RequestParam(required = false) String unanswered, Authentication who,
                                  HttpServletRequest request) {
        QaQuery query = query(from, to, user, text, unanswered);
        List<QaEntry> entries = qaLog.export(query);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("时间", "渠道", "用户账号", "用户名", "会话", "问题", "是否找到答案", "回答方式", "用时（毫秒）", "引用出处", "回答"));
        for (QaEntry e : entries) {
            rows.add(List.of(ConsoleFormat.INSTANCE.time(e.askedAt()), e.channelLabel(), e.userId(), e.userName(),
                    e.conversationId(), e.question(), e.answered() ? "是" : "否", e.mode().label(),
                    Integer.toString(e.latencyMs()), String.join("\n", e.sources()), e.reply()));
        }
        actions.record(Actor.name(who), request.getRemoteAddr(), "导出问答日志", entries.size() + " 条", ActionLog.SUCCESS);
        String name = "qa-log-" + LocalDate.now(TimeConfig.ZONE) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(CsvCodec.write(rows));
    }

    private static QaQuery query(String from, String to, String user, String text, String unanswered) {
        return new QaQuery(Pages.date(from), Pages.date(to), Pages.blank(user), Pages.blank(text),
                unanswered != null && !unanswered.isBlank() && !unanswered.equals("0"));
    }
}
