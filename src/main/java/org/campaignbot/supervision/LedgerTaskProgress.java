package org.campaignbot.supervision;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.campaignbot.answer.duty.TaskProgress;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.knowledge.table.TaskRow;
import org.springframework.stereotype.Component;

/**
 * Tells duty answers where a plan's task stands in the ledger: "🟢正常，当前时限 2027-09-30；最近进展（11-20 市委党校）：…".
 * A row is the ledger's task when both come from the same document and have the same title, which is how
 * {@link LedgerSync} keeps them in step.
 */
@Component
class LedgerTaskProgress implements TaskProgress {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd").withZone(TimeConfig.ZONE);
    private static final int MAX_PROGRESS_CHARS = 60;
    private final Ledger ledger;

    LedgerTaskProgress(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Optional<String> describe(TaskRow row) {
        // one task, not the whole ledger: a duty answer describes every row it lists, and with a thousand plans the
        // ledger holds ten thousand tasks (bench/large-knowledge-benchmark.sh: /api/chat p50 577 ms at 200 documents)
        return ledger.stateInPlan(row.source(), row.task()).map(this::describe);
    }

    private String describe(TaskState s) {
        StringBuilder sb = new StringBuilder(s.status().light()).append(s.status().label());
        if (s.due() != null && !s.task().closed()) {
            sb.append("，当前时限 ").append(s.due());
        }
        if (s.task().closeRequested()) {
            sb.append("，已申请办结待确认");
        }
        List<Progress> progress = ledger.progress(s.task().id());
        if (!progress.isEmpty()) {
            Progress last = progress.get(progress.size() - 1);
            sb.append("；最近进展（").append(DAY.format(Instant.ofEpochMilli(last.reportedAt())));
            if (last.unit() != null && !last.unit().isBlank()) {
                sb.append(' ').append(last.unit());
            }
            sb.append("）：").append(Texts.shorten(last.body(), MAX_PROGRESS_CHARS));
            if (last.percent() != null) {
                sb.append("（").append(last.percent()).append("%）");
            }
        }
        return sb.toString();
    }
}
