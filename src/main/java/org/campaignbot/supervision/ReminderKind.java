package org.campaignbot.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Which reminder a task gets today. Its {@link #key()} is part of the reminder log's primary key
 * ({@code sup_reminder_log.reminder_key}), so the strings are fixed: {@code lead-7}, {@code due},
 * {@code overdue-2027-02-01}; changing them would send every reminder already logged once more.
 */
public sealed interface ReminderKind {

    /** The stable form stored in the reminder log. */
    String key();

    /** {@code days} working days or fewer before the due date (one of {@code bot.supervision.lead-days}). */
    record Lead(int days) implements ReminderKind {
        @Override
        public String key() {
            return "lead-" + days;
        }
    }

    /** The due day, or the last working day before a due date that falls on a day off. */
    record Due() implements ReminderKind {
        @Override
        public String key() {
            return "due";
        }
    }

    /** Overdue: one reminder per working day, so the day is part of the kind. */
    record Overdue(LocalDate day) implements ReminderKind {
        @Override
        public String key() {
            return "overdue-" + day;
        }
    }

    /** The kind a stored key names; empty for anything this version did not write. */
    static Optional<ReminderKind> parse(String key) {
        try {
            if (key.equals("due")) {
                return Optional.of(new Due());
            }
            if (key.startsWith("lead-")) {
                return Optional.of(new Lead(Integer.parseInt(key.substring("lead-".length()))));
            }
            if (key.startsWith("overdue-")) {
                return Optional.of(new Overdue(LocalDate.parse(key.substring("overdue-".length()))));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // falls through: not a key we wrote
        }
        return Optional.empty();
    }
}
