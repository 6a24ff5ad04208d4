package org.campaignbot.console;

import java.time.LocalDate;
import java.util.List;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.conversation.log.QaEntry;
import org.campaignbot.conversation.log.QaLog;
import org.campaignbot.conversation.log.QaQuery;
import org.campaignbot.conversation.log.SimilarQuestions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 未找到答案: the questions the knowledge base had nothing on, grouped by subject ({@link SimilarQuestions}), largest
 * group first, so the office sees which documents are missing.
 */
@Controller
class UnansweredController {
    /** Most recent declined questions grouped at once; the grouping compares each with all kept so far. */
    static final int MAX_QUESTIONS = 2000;
    private final QaLog qaLog;
    private final java.time.Clock clock;

    UnansweredController(QaLog qaLog, java.time.Clock clock) {
        this.qaLog = qaLog;
        this.clock = clock;
    }

    @GetMapping("/admin/unanswered")
    String groups(@RequestParam(required = false) Integer days, Model model) {
        int d = days == null || days < 1 ? 30 : Math.min(days, 3650);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        QaLog.Page page = qaLog.search(new QaQuery(today.minusDays(d - 1L), null, null, null, true), 0, MAX_QUESTIONS);
        List<QaEntry> questions = page.entries();
        var groups = SimilarQuestions.group(questions);
        model.addAttribute("groups", groups);
        model.addAttribute("summary", "最近 " + d + " 天共有 " + page.total() + " 个问题没有找到答案，归为 " + groups.size() + " 组"
                + (questions.size() < page.total() ? "（只归并了最近的 " + questions.size() + " 个）" : ""));
        model.addAttribute("days", d);
        model.addAttribute("dayOptions", List.of(7, 30, 90, 180, 365));
        model.addAttribute("threshold", Math.round(SimilarQuestions.THRESHOLD * 100));
        return "console/unanswered";
    }
}
