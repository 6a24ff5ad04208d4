package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.Deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.campaignbot.calendar.WorkdayCalendar;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger's rules: today's status of each task, progress reports, close requests and closing. */
@Service
public class Ledger {
    private final LedgerRepository repository;
    private final WorkdayCalendar calendar;
    private final SupervisionProperties properties;
    private final ContactDirectory contacts;
    private final Clock clock;
    private final TransactionTemplate tx;

    public Ledger(LedgerRepository repository, WorkdayCalendar calendar, SupervisionProperties properties,
                  ContactDirectory contacts, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.calendar = calendar;
        this.properties = properties;
        this.contacts = contacts;
        this.clock = clock;
        this.tx = tx;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.ZONE));
    }

    /** Every task still in a plan, with today's status. */
    public List<TaskState> states() {
        LocalDate today = today();
        Contacts c = contacts.current();
        return repository.current().stream().map(t -> state(t, today, c)).toList();
    }

    /** Today's status of the task a plan's row became, if the ledger has it. */
    public Optional<TaskState> stateInPlan(String source, String title) {
        return repository.findInPlan(source, title).map(t -> state(t, today(), contacts.current()));
    }

    public Optional<TaskState> state(long id) {
        return repository.find(id).map(t -> state(t, today(), contacts.current()));
    }

    public List<Progress> progress(long id) {
        return repository.progress(id);
    }

    TaskState state(Task task, LocalDate today, Contacts c) {
        List<String> warnings = new ArrayList<>();
        if (task.deadline().kind() == Deadline.Kind.UNREADABLE) {
            warnings.add("时限无法识别（“" + task.deadline().text() + "”），请在方案中写明日期");
        }
        List<String> unknown = UnitNames.unknown(task, c);
        if (!unknown.isEmpty()) {
            warnings.add("通讯录中没有单位：" + String.join("、", unknown));
        }
        LocalDate due = task.due();
        int cap = Math.max(properties.yellowDays(), properties.leadDays().get(0)) + 1;
        if (task.closed()) {
            return new TaskState(task, TaskStatus.DONE, due, 0, 0, 0, warnings);
        }
        if (due == null) {
            return new TaskState(task, TaskStatus.GREEN, null, 0, 0, 0, warnings);
        }
        if (today.isAfter(due)) {
            int workdaysOverdue = calendar.workdaysBetween(due, today, properties.escalateAfterDays() + 1);
            return new TaskState(task, TaskStatus.RED, due, 0, ChronoUnit.DAYS.between(due, today), workdaysOverdue, warnings);
        }
        int left = calendar.workdaysBetween(today, due, cap);
        TaskStatus status = left <= properties.yellowDays() ? TaskStatus.YELLOW : TaskStatus.GREEN;
        return new TaskState(task, status, due, left, 0, 0, warnings);
    }

    /**
     * Records a progress report. For a recurring task the day's first report satisfies the period due;
     * 100% asks the office to close the task. Returns the task's state afterwards.
     */
    public TaskState report(Task task, String reporter, String unit, String channel, String userId, String body, Integer percent) {
        long now = clock.millis();
        LocalDate today = today();
        long startOfToday = today.atStartOfDay(TimeConfig.ZONE).toInstant().toEpochMilli();
        tx.executeWithoutResult(s -> {
            // several messages the same day ("进度 4 50%" then the details) are one report, not two periods
            boolean again = repository.reportedSince(task.id(), startOfToday);
            repository.addProgress(new Progress(task.id(), reporter, unit, body, percent, now), channel, userId);
            repository.updateProgressState(task.id(), percent, again ? task.periodDue() : nextPeriodDue(task, today), now);
            if (percent != null && percent == 100) {
                repository.requestClose(task.id(), reporter, channel, userId, now);
            }
        });
        return state(task.id()).orElseThrow();
    }

    /**
     * A report on day {@code r} against period due {@code d}: late (r after d) catches up, and the period containing
     * r stays due; on time for the current period moves on to the next; a second report in a period changes nothing.
     */
    static LocalDate nextPeriodDue(Task task, LocalDate r) {
        if (!task.deadline().recurring() || task.periodDue() == null) {
            return task.periodDue();
        }
        LocalDate d = task.periodDue();
        LocalDate periodOfReport = task.deadline().periodDueOnOrAfter(r);
        if (r.isAfter(d)) {
            return periodOfReport;
        }
        return d.equals(periodOfReport) ? task.deadline().periodDueOnOrAfter(d.plusDays(1)) : d;
    }

    /** @param channel and @param userId the requester's verified platform identity, where a rejection is sent */
    public boolean requestClose(long id, String by, String channel, String userId) {
        return repository.requestClose(id, by, channel, userId, clock.millis());
    }

    /** The office administrator confirms: the task is done. False when unknown or already closed. */
    public boolean close(long id, String by) {
        return repository.close(id, by, clock.millis());
    }
}
