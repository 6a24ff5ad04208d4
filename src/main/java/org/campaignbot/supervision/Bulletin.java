package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.Deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The periodic bulletin (督办通报) in markdown: overall counts, completion per lead unit ranked, the overdue list,
 * and tasks that turned red in the last seven days. Lists avoid markdown tables, which group robots do not render.
 */
@Component
public class Bulletin {
    public static final String TITLE = "督办通报";
    private final Ledger ledger;

    public Bulletin(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Per-unit tallies; 长期 tasks count as tasks but not in the completion rate, since they never close. */
    record UnitScore(String unit, int tasks, int closable, int done, int red) {
        static UnitScore of(String unit, List<TaskState> states) {
            int closable = 0;
            int done = 0;
            int red = 0;
            for (TaskState s : states) {
                closable += s.task().deadline().kind() == Deadline.Kind.ONGOING ? 0 : 1;
                done += s.status() == TaskStatus.DONE ? 1 : 0;
                red += s.status() == TaskStatus.RED ? 1 : 0;
            }
            return new UnitScore(unit, states.size(), closable, done, red);
        }

        double rate() {
            return closable == 0 ? -1 : (double) done / closable;
        }
    }

    /** @param maxItems at most this many lines per list (Integer.MAX_VALUE for the full bulletin) */
    public String render(int maxItems) {
        return render(ledger.states(), ledger.today(), maxItems);
    }

    String render(List<TaskState> states, LocalDate today, int maxItems) {
        var sb = new StringBuilder("### “三抓三促”").append(TITLE).append("\n**").append(Texts.date(today)).append("**\n\n");
        Map<TaskStatus, Integer> counts = new LinkedHashMap<>();
        states.forEach(s -> counts.merge(s.status(), 1, Integer::sum));
        int closable = (int) states.stream().filter(s -> s.task().deadline().kind() != Deadline.Kind.ONGOING).count();
        int done = counts.getOrDefault(TaskStatus.DONE, 0);
        sb.append("**总体情况**：台账共 ").append(states.size()).append(" 项，已办结 ").append(done)
                .append(" 项，逾期 ").append(counts.getOrDefault(TaskStatus.RED, 0))
                .append(" 项，临期 ").append(counts.getOrDefault(TaskStatus.YELLOW, 0))
                .append(" 项，正常推进 ").append(counts.getOrDefault(TaskStatus.GREEN, 0))
                .append(" 项；办结率 ").append(Texts.percent(done, closable)).append("（不含长期任务）。\n\n");
        ranking(sb, states, maxItems);
        List<TaskState> red = LedgerReplies.overdue(states);
        list(sb, "逾期任务", red, maxItems);
        list(sb, "近 7 天新增逾期", red.stream().filter(s -> s.daysOverdue() <= 7).toList(), maxItems);
        sb.append("> 报送进展请在群里发送“进展 编号 进展情况”，办结后发送“办结 编号”。");
        return sb.toString();
    }

    private static void ranking(StringBuilder sb, List<TaskState> states, int maxItems) {
        Map<String, List<TaskState>> byUnit = new LinkedHashMap<>();
        for (TaskState s : states) {
            byUnit.computeIfAbsent(s.task().leadUnit().isEmpty() ? "（未写牵头单位）" : s.task().leadUnit(), k -> new ArrayList<>()).add(s);
        }
        List<UnitScore> scores = byUnit.entrySet().stream()
                .map(e -> UnitScore.of(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(UnitScore::rate).reversed()
                        .thenComparingInt(UnitScore::red).thenComparing(UnitScore::unit))
                .toList();
        sb.append("**各牵头单位完成情况**（按办结率排名）\n");
        for (int i = 0; i < Math.min(maxItems, scores.size()); i++) {
            UnitScore u = scores.get(i);
            sb.append(i + 1).append(". ").append(u.unit()).append("：办结 ").append(u.done()).append('/').append(u.closable())
                    .append("，办结率 ").append(Texts.percent(u.done(), u.closable())).append("，逾期 ").append(u.red()).append(" 项\n");
        }
        more(sb, scores.size(), maxItems, "个单位");
        sb.append('\n');
    }

    private static void list(StringBuilder sb, String heading, List<TaskState> items, int maxItems) {
        sb.append("**").append(heading).append("**（").append(items.size()).append(" 项）\n");
        if (items.isEmpty()) {
            sb.append("无\n\n");
            return;
        }
        for (TaskState s : items.subList(0, Math.min(maxItems, items.size()))) {
            Task t = s.task();
            sb.append("- 🔴 任务").append(t.id()).append(" ").append(Texts.shorten(t.title(), 40)).append("｜")
                    .append(t.leadUnit()).append("｜时限 ").append(s.due()).append("｜逾期 ").append(s.daysOverdue()).append(" 天")
                    .append(t.closeRequested() ? "｜已申请办结，待确认" : "").append('\n'); // still red until closed
        }
        more(sb, items.size(), maxItems, "项");
        sb.append('\n');
    }

    private static void more(StringBuilder sb, int total, int shown, String unit) {
        if (total > shown) {
            sb.append("……另有 ").append(total - shown).append(' ').append(unit).append("，详见管理后台督办台账\n");
        }
    }
}
