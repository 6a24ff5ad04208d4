package org.campaignbot.knowledge.table;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A task's 完成时限 as understood from the plan.
 *
 * @param kind  how to read it
 * @param date  the due date of a {@link Kind#DATE} deadline, else null
 * @param day   day of month of a {@link Kind#MONTHLY} deadline (31 = the month's last day), else 0
 * @param text  the text as written in the plan, kept for display and for deadlines we cannot read
 */
public record Deadline(Kind kind, LocalDate date, int day, String text) {

    public enum Kind {
        /** one due date */
        DATE,
        /** 每月N日前: one due date per month */
        MONTHLY,
        /** 每季度末: one due date per quarter */
        QUARTERLY,
        /** 长期坚持 / 持续推进: no due date, never overdue */
        ONGOING,
        /** not understood: kept as written and flagged, never guessed */
        UNREADABLE
    }

    public boolean recurring() {
        return kind == Kind.MONTHLY || kind == Kind.QUARTERLY;
    }

    /** For a recurring deadline: the first period due date on or after {@code from}. */
    public LocalDate periodDueOnOrAfter(LocalDate from) {
        return switch (kind) {
            case MONTHLY -> {
                LocalDate due = dayIn(from);
                yield due.isBefore(from) ? dayIn(from.plusMonths(1).withDayOfMonth(1)) : due;
            }
            case QUARTERLY -> {
                int lastMonth = from.get(IsoFields.QUARTER_OF_YEAR) * 3;
                yield LocalDate.of(from.getYear(), lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
            }
            default -> throw new IllegalStateException("not a recurring deadline: " + kind);
        };
    }

    private LocalDate dayIn(LocalDate month) {
        return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
    }
}
