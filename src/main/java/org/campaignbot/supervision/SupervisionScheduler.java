package org.campaignbot.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.calendar.WorkdayCalendar;
import org.campaignbot.cluster.ClusterLock;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.knowledge.KnowledgeChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The supervision clockwork, driven by the injected clock (so tests move time instead of waiting): every
 * {@code check-interval} it picks up changed contacts, runs the day's reminders once {@code remind-at} has
 * passed on a working day, and posts the bulletin when {@code bulletin-cron} comes round. After a restart the day's
 * reminders and bulletin are attempted again; the outbox keys make that harmless. Plans are re-read by
 * {@link LedgerSync} when the knowledge base reports a change, not on this schedule.
 */
@Component
public class SupervisionScheduler implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(SupervisionScheduler.class);
    static final String REMINDERS_LOCK = "supervision-reminders";
    static final String BULLETIN_LOCK = "supervision-bulletin";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);
    private final LedgerSync sync;
    private final ContactDirectory contacts;
    private final ReminderCycle reminders;
    private final BulletinJob bulletins;
    private final CloseRequests closeRequests;
    private final Ledger ledger;
    private final WorkdayCalendar calendar;
    private final SupervisionProperties properties;
    private final CronExpression bulletinCron;
    private final Clock clock;
    private final ClusterLock lock;
    private LocalDate remindedOn;
    private ZonedDateTime bulletinCheckedAt;

    public SupervisionScheduler(LedgerSync sync, ContactDirectory contacts, ReminderCycle reminders, BulletinJob bulletins,
                                CloseRequests closeRequests, Ledger ledger, WorkdayCalendar calendar,
                                SupervisionProperties properties, Clock clock, ClusterLock lock) {
        this.lock = lock;
        this.closeRequests = closeRequests;
        this.sync = sync;
        this.contacts = contacts;
        this.reminders = reminders;
        this.bulletins = bulletins;
        this.ledger = ledger;
        this.calendar = calendar;
        this.properties = properties;
        this.bulletinCron = CronExpression.parse(properties.bulletinCron());
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStartUp() {
        sync.sync();
        warnAboutContacts();
    }

    /** Every {@code bot.supervision.check-interval}, read from the bound settings: their record holds the one default. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::scheduledTick, properties.checkInterval(),
                properties.checkInterval()));
    }

    public void scheduledTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.error("督办定时任务出错，下次检查时重试：{}", e.toString(), e);
        }
    }

    /**
     * One check; tests call it after moving the clock. The day's reminders and the bulletin run under a cluster lock,
     * so instances on one database never run them side by side (on PostgreSQL two transactions queueing the same
     * outbox key would make one fail); an instance that finds the lock taken tries again at its next check, and the
     * outbox keys make that later run queue nothing already queued.
     */
    public synchronized void tick() {
        contacts.reloadIfChanged();
        sync.retryIfSkipped(); // plan changes arrive as KnowledgeChangedEvent; this only catches up a skipped turn
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(TimeConfig.ZONE));
        LocalDate today = now.toLocalDate();
        if (!today.equals(remindedOn) && calendar.isWorkday(today) && !now.toLocalTime().isBefore(properties.remindAt())
                && lock.runExclusively(REMINDERS_LOCK, LOCK_AT_MOST, () -> {
                    reminders.run();
                    closeRequests.remindOffice(); // requests the office left waiting: they silence the reminders just run
                })) {
            remindedOn = today;
        }
        if (bulletinCheckedAt == null) {
            bulletinCheckedAt = today.atStartOfDay(TimeConfig.ZONE).minusSeconds(1); // a restart after 09:30 still posts today's
        }
        ZonedDateTime next = bulletinCron.next(bulletinCheckedAt);
        if (next == null || next.isAfter(now) || lock.runExclusively(BULLETIN_LOCK, LOCK_AT_MOST, bulletins::post)) {
            bulletinCheckedAt = now;
        }
    }

    /** After the ledger (which listens first) has read a changed plan: its units may be new to the contacts. */
    @EventListener(KnowledgeChangedEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void afterPlansChanged() {
        warnAboutContacts();
    }

    /** Units in the plans but not in contacts.yaml, and units whose reminders reach no group. */
    void warnAboutContacts() {
        Contacts c = contacts.current();
        Map<String, List<Long>> unknown = new LinkedHashMap<>();
        Map<String, List<Long>> noGroup = new LinkedHashMap<>();
        for (TaskState s : ledger.states()) {
            for (String unit : UnitNames.unknown(s.task(), c)) {
                unknown.computeIfAbsent(unit, k -> new java.util.ArrayList<>()).add(s.task().id());
            }
            String lead = s.task().leadUnit();
            if (c.knows(lead) && c.groupsCovering(lead).isEmpty()) {
                noGroup.computeIfAbsent(lead, k -> new java.util.ArrayList<>()).add(s.task().id());
            }
        }
        if (!unknown.isEmpty()) {
            log.warn("督办台账：以下单位在方案中出现，但通讯录 {} 中没有（单位：任务编号）：{}", properties.contactsFile(), unknown);
        }
        if (!noGroup.isEmpty()) {
            log.warn("督办台账：以下牵头单位没有任何群接收提醒（请在通讯录 groups 的 units 中加入）：{}", noGroup.keySet());
        }
    }
}
