package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.Deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as it stands today.
 *
 * @param due             the date currently due, or null (长期, unreadable)
 * @param workdaysLeft    working days after today up to the due date (capped; meaningful when not overdue)
 * @param daysOverdue     calendar days past the due date, 0 when not overdue
 * @param workdaysOverdue working days past the due date (capped), used for escalation
 * @param warnings        problems to show in the ledger: unreadable deadline, units missing from contacts
 */
public record TaskState(Task task, TaskStatus status, LocalDate due, int workdaysLeft, long daysOverdue,
                        int workdaysOverdue, List<String> warnings) {
    public TaskState {
        warnings = List.copyOf(warnings);
    }

    /** e.g. "2027-01-31", "2027-01-25（每月25日前）", "长期坚持", "时限无法识别：待定". */
    public String dueText() {
        Deadline d = task.deadline();
        return switch (d.kind()) {
            case DATE -> due.toString();
            case MONTHLY, QUARTERLY -> due + "（" + d.text() + "）";
            case ONGOING -> d.text();
            case UNREADABLE -> "时限无法识别：" + (d.text().isEmpty() ? "（空）" : d.text());
        };
    }
}
