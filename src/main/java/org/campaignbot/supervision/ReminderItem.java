package org.campaignbot.supervision;

/**
 * One reminder due today for one task.
 *
 * @param kind     before the due date, on it, or overdue (daily); with the task's due date and the target its
 *                 {@link ReminderKind#key()} forms the key that makes the reminder go out once
 * @param escalate also @-mention the lead unit's leader
 */
public record ReminderItem(TaskState state, ReminderKind kind, boolean escalate) {
}
