package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.Deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A ledger task as stored: the plan row plus what the ledger adds (progress, close request, closing).
 *
 * @param periodDue for recurring deadlines, the period currently due (moves on when progress is reported)
 * @param percent   the latest reported percentage, or null
 * @param removed   the row left the plan; the task is hidden but keeps its history in case it comes back
 */
public record Task(long id, String source, int tableIndex, String no, String title, String leadUnit,
                   List<String> coUnits, String owner, Deadline deadline, LocalDate periodDue, Integer percent,
                   Long closeRequestedAt, String closeRequestedBy, Long closedAt, String closedBy, boolean removed) {

    public Task {
        coUnits = List.copyOf(coUnits);
    }

    /** The date the task is currently due, or null for 长期 tasks and unreadable deadlines. */
    public LocalDate due() {
        if (deadline.kind() == Deadline.Kind.DATE) {
            return deadline.date();
        }
        return deadline.recurring() ? periodDue : null;
    }

    public boolean closed() {
        return closedAt != null;
    }

    public boolean closeRequested() {
        return closeRequestedAt != null && closedAt == null;
    }

    /** Lead unit first, then co-units: everyone allowed to report progress. */
    public List<String> units() {
        List<String> all = new ArrayList<>();
        if (!leadUnit.isEmpty()) {
            all.add(leadUnit);
        }
        all.addAll(coUnits);
        return all;
    }
}
