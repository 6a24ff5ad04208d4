package org.campaignbot.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.campaignbot.calendar.WorkdayCalendar;
import org.springframework.stereotype.Component;

/**
 * Decides which tasks get a reminder today. Nothing on days off. Before the due date a task is in the stage of the
 * smallest lead-days value it has reached (counted in working days), so a reminder missed while the service was down
 * still goes out at the next run, and a task added late gets the stage it is in; then the due day (or the last
 * working day before a due date that falls on a day off); then every working day while overdue.
 * Tasks waiting for the office to confirm 办结 are not chased.
 */
@Component
public class ReminderPlanner {
    private final SupervisionProperties properties;
    private final WorkdayCalendar calendar;
    private final Escalation escalation;

    public ReminderPlanner(SupervisionProperties properties, WorkdayCalendar calendar, Escalation escalation) {
        this.properties = properties;
        this.calendar = calendar;
        this.escalation = escalation;
    }

    public List<ReminderItem> plan(List<TaskState> states, LocalDate today) {
        if (!calendar.isWorkday(today)) {
            return List.of();
        }
        List<ReminderItem> items = new ArrayList<>();
        for (TaskState s : states) {
            if (s.status() == TaskStatus.DONE || s.due() == null || s.task().closeRequested()) {
                continue;
            }
            ReminderKind kind = kind(s, today);
            if (kind != null) {
                items.add(new ReminderItem(s, kind, escalation.applies(s)));
            }
        }
        return items;
    }

    private ReminderKind kind(TaskState s, LocalDate today) {
        if (s.status() == TaskStatus.RED) {
            return new ReminderKind.Overdue(today);
        }
        if (s.workdaysLeft() == 0) {
            return new ReminderKind.Due();
        }
        List<Integer> lead = properties.leadDays(); // largest first
        for (int i = lead.size() - 1; i >= 0; i--) {
            if (s.workdaysLeft() <= lead.get(i)) {
                return new ReminderKind.Lead(lead.get(i));
            }
        }
        return null;
    }
}
