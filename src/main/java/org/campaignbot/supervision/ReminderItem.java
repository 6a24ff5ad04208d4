package org.campaignbot.supervision;

/**
 * One reminder due today for one task.
 *
 * @param kind     "lead-7", "lead-3", "lead-1", "due" or "overdue-2027-02-01" (daily while overdue); with the task's
 *                 due date and the target it forms the key that makes the reminder go out once
 * @param escalate also @-mention the lead unit's leader
 */
public record ReminderItem(TaskState state, String kind, boolean escalate) {
}
