package org.campaignbot.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.campaignbot.calendar.WorkdayCalendar;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's side of a close request (办结申请). A request stops the reminders to the unit, so it must not be able
 * to silence a task for good: the office confirms it ({@link Ledger#close}), rejects it with a reason that goes back
 * to the requester through the outbox (and the reminders resume), or, if it does neither, is reminded itself after
 * {@code close-confirm-days} working days. A closed task can be reopened. Overdue tasks stay red in every list and
 * bulletin while a request waits: only closing ends that.
 */
@Service
public class CloseRequests {
    private static final Logger log = LoggerFactory.getLogger(CloseRequests.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    static final String OFFICE_TITLE = "办结申请待确认";

    private final LedgerRepository repository;
    private final Ledger ledger;
    private final ContactDirectory contacts;
    private final WorkdayCalendar calendar;
    private final Outbox outbox;
    private final SupervisionProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CloseRequests(LedgerRepository repository, Ledger ledger, ContactDirectory contacts, WorkdayCalendar calendar,
                         Outbox outbox, SupervisionProperties properties, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.ledger = ledger;
        this.contacts = contacts;
        this.calendar = calendar;
        this.outbox = outbox;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a rejection did: the request it cleared, and whether the requester will be told. */
    public record Rejection(LedgerRepository.CloseRequest request, boolean notified) {
    }

    /**
     * Clears the pending request and queues the reason for the requester, in one transaction. Empty when the task has
     * no pending request. A request made before requesters were recorded cannot be answered: notified is false.
     */
    public Optional<Rejection> reject(long id, String reason) {
        return tx.execute(s -> repository.closeRequest(id).flatMap(request -> {
            if (!repository.rejectClose(id, request.requestedAt(), reason, clock.millis())) {
                return Optional.<Rejection>empty();
            }
            boolean notify = "wecom".equals(request.channel()) || "dingtalk".equals(request.channel());
            if (notify) {
                Task task = repository.find(id).orElseThrow();
                String text = "您提交的任务" + id + "（" + Texts.shorten(task.title(), 40) + "）办结申请未通过，行动办的意见："
                        + reason + "\n请继续推进，完成后再发送“办结 " + id + "”申请。";
                outbox.enqueue("close-rejected:task-" + id + ":" + request.requestedAt(),
                        OutboundTarget.user(request.channel(), request.userId()), OutboundMessage.text(text));
            }
            return Optional.of(new Rejection(request, notify));
        }));
    }

    /** Undoes a confirmed close, e.g. one confirmed by mistake; false when the task is not closed. */
    public boolean reopen(long id) {
        return repository.reopen(id, clock.millis());
    }

    /**
     * Reminds the office groups (bulletins: true) of every request waiting {@code close-confirm-days} working days or
     * more, once per that many days (the outbox key makes a repeat run harmless). Returns messages newly queued.
     */
    public int remindOffice() {
        LocalDate today = ledger.today();
        if (!calendar.isWorkday(today)) {
            return 0;
        }
        int queued = 0;
        for (LedgerRepository.CloseRequest request : repository.closeRequests()) {
            LocalDate asked = LocalDate.ofInstant(Instant.ofEpochMilli(request.requestedAt()), TimeConfig.ZONE);
            int waited = calendar.workdaysBetween(asked, today, 366);
            if (waited < properties.closeConfirmDays()) {
                continue;
            }
            Optional<TaskState> state = ledger.state(request.taskId());
            if (state.isEmpty()) {
                continue;
            }
            String text = officeText(state.get(), request, asked, waited);
            int round = waited / properties.closeConfirmDays();
            for (Contacts.Group group : contacts.current().groups()) {
                if (!group.bulletins()) {
                    continue;
                }
                for (OutboundTarget target : group.robots()) {
                    String key = "close-confirm:task-" + request.taskId() + ":" + request.requestedAt() + ":" + round
                            + ":" + target.key();
                    queued += outbox.enqueue(key, target, OutboundMessage.text(text)) ? 1 : 0;
                }
            }
        }
        if (queued > 0) {
            log.info("办结申请待确认：已提醒行动办 {} 条", queued);
        }
        return queued;
    }

    private static String officeText(TaskState s, LedgerRepository.CloseRequest request, LocalDate asked, int waited) {
        Task t = s.task();
        return "【" + OFFICE_TITLE + "】任务" + t.id() + " " + Texts.shorten(t.title(), 40) + "｜" + t.leadUnit()
                + "｜" + s.status().light() + " " + s.status().label() + "\n" + request.by() + " 于 " + asked.format(DAY)
                + " 申请办结，已等待 " + waited + " 个工作日。确认前该任务不再催办，请行动办尽快确认办结或驳回"
                + "（管理接口 /api/admin/supervision/tasks/" + t.id() + "/close 或 /reject）。";
    }
}
