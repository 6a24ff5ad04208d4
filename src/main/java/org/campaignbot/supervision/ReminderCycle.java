package org.campaignbot.supervision;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignbot.calendar.WorkdayCalendar;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of the reminders: plan today's items, address them to groups (and optionally people), merge each target's
 * items into as few messages as fit, and queue them in the outbox. Safe to run any number of times a day: an item
 * already recorded for a target is never queued again, and the outbox sends what is queued exactly once.
 */
@Component
public class ReminderCycle {
    private static final Logger log = LoggerFactory.getLogger(ReminderCycle.class);

    /** @param items reminders due today; @param queued of those, newly queued (per target); @param messages outbox rows added */
    public record Result(LocalDate day, boolean workday, int items, int queued, int messages) {
    }

    /** One task's lines for one target, with the people to @-mention for it. */
    /** What one target's queueing added: reminders newly logged, and the outbox messages that carry them. */
    private record Queued(int reminders, int messages) {
        static final Queued NONE = new Queued(0, 0);
    }

    private record Line(ReminderItem item, List<Contacts.Person> mention, String leaderName) {
    }

    private final Ledger ledger;
    private final ReminderPlanner planner;
    private final Escalation escalation;
    private final ContactDirectory directory;
    private final WorkdayCalendar calendar;
    private final ReminderLog reminderLog;
    private final Outbox outbox;
    private final SupervisionProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MeterRegistry meters;

    public ReminderCycle(Ledger ledger, ReminderPlanner planner, Escalation escalation, ContactDirectory directory,
                         WorkdayCalendar calendar, ReminderLog reminderLog, Outbox outbox,
                         SupervisionProperties properties, TransactionTemplate tx, Clock clock, MeterRegistry meters) {
        this.ledger = ledger;
        this.planner = planner;
        this.escalation = escalation;
        this.directory = directory;
        this.calendar = calendar;
        this.reminderLog = reminderLog;
        this.outbox = outbox;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
        this.meters = meters;
    }

    public synchronized Result run() {
        meters.counter("bot.reminder.cycles").increment(); // operations see the clockwork turn even on quiet days
        LocalDate today = ledger.today();
        if (!calendar.isWorkday(today)) {
            return new Result(today, false, 0, 0, 0);
        }
        List<ReminderItem> items = planner.plan(ledger.states(), today);
        Contacts contacts = directory.current();
        Map<OutboundTarget, Map<Long, Line>> buckets = new LinkedHashMap<>();
        for (ReminderItem item : items) {
            address(item, contacts, buckets);
        }
        int queued = 0;
        int messages = 0;
        for (var bucket : buckets.entrySet()) {
            Queued done = queue(bucket.getKey(), new ArrayList<>(bucket.getValue().values()), today);
            queued += done.reminders();
            messages += done.messages();
        }
        meters.counter("bot.reminder.messages").increment(messages);
        if (messages > 0) {
            log.info("督办提醒：{} 项到期提醒，新排入发件箱 {} 条消息", items.size(), messages);
        }
        return new Result(today, true, items.size(), queued, messages);
    }

    private void address(ReminderItem item, Contacts contacts, Map<OutboundTarget, Map<Long, Line>> buckets) {
        Task task = item.state().task();
        List<Contacts.Person> people = new ArrayList<>(Recipients.of(task, contacts));
        Contacts.Person leader = item.escalate() ? escalation.leader(task, contacts).orElse(null) : null;
        if (leader != null && !people.contains(leader)) {
            people.add(leader);
        }
        Line line = new Line(item, people, leader == null ? "" : leader.name());
        for (Contacts.Group group : contacts.groupsCovering(task.leadUnit())) {
            group.robots().forEach(target -> add(buckets, target, line));
        }
        if (properties.directMessage()) {
            for (Contacts.Person p : people) {
                if (!p.wecom().isEmpty()) {
                    add(buckets, OutboundTarget.user("wecom", p.wecom()), new Line(item, List.of(), line.leaderName()));
                }
            }
        }
    }

    private static void add(Map<OutboundTarget, Map<Long, Line>> buckets, OutboundTarget target, Line line) {
        buckets.computeIfAbsent(target, k -> new LinkedHashMap<>()).putIfAbsent(line.item().state().task().id(), line);
    }

    /**
     * Queues one target's new reminders as messages of bounded size, all in one transaction: the log rows and the
     * outbox rows exist together or not at all.
     */
    private Queued queue(OutboundTarget target, List<Line> lines, LocalDate today) {
        Map<String, Line> byKey = new LinkedHashMap<>();
        for (Line line : lines) {
            byKey.put(ReminderLog.key(line.item(), target.key()), line);
        }
        Set<String> sent = reminderLog.existing(byKey.keySet());
        List<String> keys = byKey.keySet().stream().filter(k -> !sent.contains(k)).toList();
        if (keys.isEmpty()) {
            return Queued.NONE;
        }
        List<String> blocks = keys.stream().map(k -> ReminderText.block(byKey.get(k).item(), byKey.get(k).leaderName(), today)).toList();
        String header = ReminderText.header(today);
        List<ReminderLog.Row> rows = new ArrayList<>();
        Map<String, OutboundMessage> messages = new LinkedHashMap<>();
        for (List<Integer> chunk : ReminderText.chunks(blocks, header, ReminderText.footer(byKey.get(keys.get(0)).item()))) {
            List<String> chunkKeys = chunk.stream().map(keys::get).toList();
            List<Line> chunkLines = chunkKeys.stream().map(byKey::get).toList();
            var text = new StringBuilder(header).append('\n');
            chunk.forEach(i -> text.append(blocks.get(i)).append('\n'));
            text.append(ReminderText.footer(chunkLines.get(0).item()));
            List<Contacts.Person> people = chunkLines.stream().flatMap(l -> l.mention().stream()).distinct().toList();
            var mentions = Recipients.Mentions.on(target.channel(), people);
            String outboxKey = "reminder:" + today + ":" + target.key() + ":" + digest(chunkKeys);
            messages.put(outboxKey, new OutboundMessage(ReminderText.TITLE, text.toString(), false, mentions.userIds(), mentions.mobiles(), false));
            chunkKeys.forEach(k -> rows.add(new ReminderLog.Row(k, byKey.get(k).item().state().task().id(), outboxKey)));
        }
        try {
            Integer added = tx.execute(s -> {
                reminderLog.record(rows, clock.millis());
                int n = 0;
                for (var m : messages.entrySet()) {
                    n += outbox.enqueue(m.getKey(), target, m.getValue()) ? 1 : 0;
                }
                return n;
            });
            return new Queued(rows.size(), added == null ? 0 : added);
        } catch (DuplicateKeyException e) {
            log.info("督办提醒：{} 的部分提醒已由另一实例排入发件箱，本次跳过，下次检查时补齐", target.key());
            return Queued.NONE;
        }
    }

    /** Short, stable name for a set of reminders, so the same set always maps to the same outbox row. */
    private static String digest(List<String> keys) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            new LinkedHashSet<>(keys.stream().sorted().toList()).forEach(k -> md.update((k + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
