package org.campaignbot.supervision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campaignbot.common.TimeConfig;

/** The chat texts for the ledger: task lines, task details, the overview and the overdue list. */
final class LedgerReplies {
    static final int MAX_LINES = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private LedgerReplies() {
    }

    /** "🔴 任务3 各级党委…集中学习｜时限 2027-01-25（每月25日前）｜逾期 3 天" */
    static String line(TaskState s) {
        Task t = s.task();
        var sb = new StringBuilder().append(s.status().light()).append(" 任务").append(t.id()).append(' ')
                .append(Texts.shorten(t.title(), 40)).append("｜时限 ").append(s.dueText());
        switch (s.status()) {
            case RED -> sb.append("｜逾期 ").append(s.daysOverdue()).append(" 天");
            case YELLOW -> sb.append("｜还有 ").append(s.workdaysLeft()).append(" 个工作日");
            default -> { }
        }
        if (t.closeRequested()) {
            sb.append("｜已申请办结，待确认");
        }
        return sb.toString();
    }

    static String lines(List<TaskState> states) {
        var sb = new StringBuilder();
        states.stream().limit(MAX_LINES).forEach(s -> sb.append(line(s)).append('\n'));
        if (states.size() > MAX_LINES) {
            sb.append("……另有 ").append(states.size() - MAX_LINES).append(" 项\n");
        }
        return sb.toString().strip();
    }

    static String detail(TaskState s, List<Progress> history) {
        Task t = s.task();
        var sb = new StringBuilder("任务").append(t.id()).append(t.no().isEmpty() ? "" : "（方案序号 " + t.no() + "）")
                .append("：").append(t.title()).append('\n');
        sb.append("牵头单位：").append(t.leadUnit().isEmpty() ? "未写明" : t.leadUnit()).append('\n');
        if (!t.coUnits().isEmpty()) {
            sb.append("配合单位：").append(String.join("、", t.coUnits())).append('\n');
        }
        if (!t.owner().isEmpty()) {
            sb.append("责任人：").append(t.owner()).append('\n');
        }
        sb.append("完成时限：").append(s.dueText()).append('\n');
        sb.append("状态：").append(s.status().light()).append(' ').append(s.status().label());
        if (s.status() == TaskStatus.RED) {
            sb.append("（逾期 ").append(s.daysOverdue()).append(" 天）");
        } else if (s.status() == TaskStatus.YELLOW) {
            sb.append("（还有 ").append(s.workdaysLeft()).append(" 个工作日）");
        }
        if (t.closeRequested()) {
            sb.append("，").append(t.closeRequestedBy()).append(" 已申请办结，待行动办确认");
        }
        sb.append('\n');
        if (t.percent() != null) {
            sb.append("进度：").append(t.percent()).append("%\n");
        }
        s.warnings().forEach(w -> sb.append("⚠ ").append(w).append('\n'));
        sb.append("来源：").append(t.source()).append('\n');
        if (history.isEmpty()) {
            sb.append("进展记录：暂无。报送请发送“进展 ").append(t.id()).append(" 进展情况”。");
        } else {
            sb.append("进展记录（最近 ").append(Math.min(10, history.size())).append(" 条）：\n");
            history.subList(Math.max(0, history.size() - 10), history.size()).forEach(p -> sb.append("· ")
                    .append(when(p.reportedAt())).append(' ').append(p.reporter()).append("（").append(p.unit()).append("）：")
                    .append(p.body()).append(p.percent() == null ? "" : "〔" + p.percent() + "%〕").append('\n'));
        }
        return sb.toString().strip();
    }

    static String overview(List<TaskState> states) {
        Map<TaskStatus, Integer> counts = new TreeMap<>();
        states.forEach(s -> counts.merge(s.status(), 1, Integer::sum));
        var sb = new StringBuilder("督办台账：共 ").append(states.size()).append(" 项\n");
        for (TaskStatus status : TaskStatus.values()) {
            sb.append(status.light()).append(' ').append(status.label()).append(' ').append(counts.getOrDefault(status, 0)).append(" 项\n");
        }
        long waiting = states.stream().filter(s -> s.task().closeRequested()).count();
        if (waiting > 0) {
            sb.append("⏳ 已申请办结待确认 ").append(waiting).append(" 项\n");
        }
        List<String> warnings = states.stream().filter(s -> !s.warnings().isEmpty())
                .map(s -> "任务" + s.task().id() + "：" + String.join("；", s.warnings())).toList();
        if (!warnings.isEmpty()) {
            sb.append("⚠ 需要注意：\n");
            warnings.stream().limit(10).forEach(w -> sb.append("· ").append(w).append('\n'));
            if (warnings.size() > 10) {
                sb.append("……另有 ").append(warnings.size() - 10).append(" 项\n");
            }
        }
        return sb.append("发送“逾期任务”查看逾期清单，“任务 编号”查看详情。").toString();
    }

    static List<TaskState> overdue(List<TaskState> states) {
        return states.stream().filter(s -> s.status() == TaskStatus.RED)
                .sorted(Comparator.comparingLong(TaskState::daysOverdue).reversed().thenComparing(s -> s.task().id())).toList();
    }

    private static String when(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), TimeConfig.ZONE).format(WHEN);
    }
}
