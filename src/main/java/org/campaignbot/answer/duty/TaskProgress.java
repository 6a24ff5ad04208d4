package org.campaignbot.answer.duty;

import java.util.Optional;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * Where a task stands in the supervision ledger, for duty answers: "🟢正常，当前时限2027-09-30；最近进展（11-20）：…".
 * Implemented by the ledger; the answer side only asks, so it does not depend on supervision.
 */
public interface TaskProgress {
    Optional<String> describe(TaskRow row);
}
