package org.campaignbot.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.conversation.log.QaLog;
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.outbox.OutboxLog;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.Status;
import org.campaignbot.supervision.Ledger;
import org.campaignbot.supervision.TaskState;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 总览: the state of everything at a glance — channels and their health, the knowledge base, the ledger's lights,
 * today's pushes and failures, questions waiting for review, today's questions and how many found nothing.
 */
@Controller
class OverviewController {
    /** Health contributors the office knows by a Chinese name; others (ping, ssl …) are not shown. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("wecom", "企业微信");
        NAMES.put("wecomLongConnection", "企业微信长连接");
        NAMES.put("dingtalk", "钉钉");
        NAMES.put("knowledge", "知识库索引");
        NAMES.put("knowledgeDocuments", "知识库文档");
        NAMES.put("outbox", "发件箱");
        NAMES.put("db", "数据库");
        NAMES.put("diskSpace", "磁盘空间");
    }

    private final HealthContributorRegistry health;
    private final KnowledgeView knowledge;
    private final Ledger ledger;
    private final OutboxLog outbox;
    private final QuestionRepository questions;
    private final QaLog qaLog;
    private final Clock clock;

    OverviewController(HealthContributorRegistry health, KnowledgeView knowledge, Ledger ledger, OutboxLog outbox,
                       QuestionRepository questions, QaLog qaLog, Clock clock) {
        this.health = health;
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.outbox = outbox;
        this.questions = questions;
        this.qaLog = qaLog;
        this.clock = clock;
    }

    /** One line of the health list: a Chinese name, the status, and the details that explain a problem. */
    public record Line(String name, String status, String details) {
        public boolean up() {
            return status.equals("UP");
        }
    }

    @GetMapping({"/admin", "/admin/"})
    String overview(Model model) {
        List<Line> lines = new ArrayList<>();
        NAMES.forEach((key, label) -> {
            HealthContributor contributor = health.getContributor(key);
            if (contributor != null) {
                lines.add(line(label, contributor));
            }
        });
        model.addAttribute("health", lines);
        model.addAttribute("wecom", health.getContributor("wecom") != null);
        model.addAttribute("dingtalk", health.getContributor("dingtalk") != null);

        model.addAttribute("knowledge", knowledge.status());

        Map<String, Integer> lights = new LinkedHashMap<>(Map.of("RED", 0, "YELLOW", 0, "GREEN", 0, "DONE", 0));
        long requested = 0;
        for (TaskState s : ledger.states()) {
            lights.merge(s.status().name(), 1, Integer::sum);
            requested += s.task().closeRequested() ? 1 : 0;
        }
        model.addAttribute("lights", lights);
        model.addAttribute("requested", requested);

        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        Instant startOfDay = today.atStartOfDay(TimeConfig.ZONE).toInstant();
        model.addAttribute("today", today);
        model.addAttribute("pushes", outbox.counts(startOfDay));
        model.addAttribute("drafts", questions.count(Status.DRAFT));
        model.addAttribute("approved", questions.count(Status.APPROVED));
        model.addAttribute("questions", qaLog.countsSince(startOfDay));
        return "console/overview";
    }

    private static Line line(String name, HealthContributor contributor) {
        try {
            if (contributor instanceof HealthIndicator indicator) {
                Health h = indicator.health();
                String status = h.getStatus().getCode();
                return new Line(name, status, status.equals("UP") ? "" : details(h.getDetails()));
            }
            if (contributor instanceof CompositeHealthContributor composite) {
                String worst = "UP";
                StringBuilder details = new StringBuilder();
                for (HealthContributors.Entry entry : composite) {
                    if (entry.contributor() instanceof HealthIndicator i) {
                        Health h = i.health();
                        if (!h.getStatus().getCode().equals("UP")) {
                            worst = h.getStatus().getCode();
                            details.append(entry.name()).append("：").append(details(h.getDetails())).append("；");
                        }
                    }
                }
                return new Line(name, worst, details.toString());
            }
        } catch (RuntimeException e) {
            return new Line(name, "DOWN", e.getMessage());
        }
        return new Line(name, "UNKNOWN", "");
    }

    private static String details(Map<String, Object> details) {
        String text = details.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
