package org.campaignbot.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.OutboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox rows through their channel.
 *
 * <p>Claim, send, mark: a row is first claimed with a lease ({@code status=SENDING, claimed_until}) by a conditional
 * UPDATE, so two instances never both send it. If the process dies after claiming, the lease runs out and the row is
 * picked up again; if it dies after sending but before marking, the push is repeated once — the platforms offer no
 * way to make that window smaller. Failures are retried with backoff and never dropped.
 */
@Component
public class OutboxDispatcher {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
    private static final String PENDING = OutboxStatus.PENDING.name();
    private static final String SENDING = OutboxStatus.SENDING.name();

    private final JdbcClient jdbc;
    private final ChannelRegistry channels;
    private final Clock clock;
    private final OutboxMetrics metrics;

    public OutboxDispatcher(JdbcClient jdbc, ChannelRegistry channels, Clock clock, OutboxMetrics metrics) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelayString = "${bot.outbox.poll-interval:1s}")
    public void dispatchDue() {
        dispatchDue(100);
    }

    /** Sends up to {@code max} due rows; returns how many went out. Tests call this directly. */
    public synchronized int dispatchDue(int max) {
        long now = clock.millis();
        List<Long> due = jdbc.sql("""
                SELECT id FROM outbox
                WHERE (status = ? AND next_attempt_at <= ?) OR (status = ? AND claimed_until < ?)
                ORDER BY next_attempt_at, id
                FETCH FIRST ? ROWS ONLY""")
                .params(PENDING, now, SENDING, now, max).query(Long.class).list();
        int sent = 0;
        for (Long id : due) {
            if (claim(id, now) && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id, long now) {
        return jdbc.sql("""
                UPDATE outbox SET status = ?, claimed_until = ?
                WHERE id = ? AND ((status = ? AND next_attempt_at <= ?) OR (status = ? AND claimed_until < ?))""")
                .params(SENDING, now + LEASE.toMillis(), id, PENDING, now, SENDING, now).update() == 1;
    }

    private boolean send(long id) {
        Outbox.Entry entry = jdbc.sql("SELECT * FROM outbox WHERE id = ?").param(id)
                .query((rs, n) -> Outbox.read(rs)).single();
        var channel = channels.find(entry.target().channel());
        if (channel.isEmpty()) {
            reschedule(entry, DeliveryException.configuration(
                    "渠道 " + entry.target().channel() + " 未配置，消息保留在发件箱中，配置后自动发送"));
            return false;
        }
        try {
            channel.get().send(entry.target(), entry.message());
            jdbc.sql("UPDATE outbox SET status = ?, sent_at = ?, claimed_until = NULL, last_error = NULL WHERE id = ?")
                    .params(OutboxStatus.SENT.name(), clock.millis(), id).update();
            metrics.sent(entry.target().channel());
            return true;
        } catch (DeliveryException e) {
            reschedule(entry, e);
            return false;
        } catch (RuntimeException e) {
            reschedule(entry, DeliveryException.transientFailure(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return false;
        }
    }

    private void reschedule(Outbox.Entry entry, DeliveryException e) {
        boolean failure = e.kind() != DeliveryException.Kind.RATE_LIMITED;
        int attempts = entry.attempts() + (failure ? 1 : 0);
        Duration wait = e.retryAfter() != null ? e.retryAfter() : backoff(attempts, e.kind());
        if (failure) {
            metrics.failed(entry.target().channel(), e.kind());
            log.warn("推送失败（第 {} 次），{} 秒后重试：{} -> {}：{}", attempts, wait.toSeconds(),
                    entry.dedupeKey(), entry.target().key(), e.getMessage());
        }
        String error = e.getMessage() == null ? e.kind().name() : e.getMessage();
        jdbc.sql("""
                UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, claimed_until = NULL,
                    last_error = ? WHERE id = ?""")
                .params(PENDING, attempts, clock.millis() + wait.toMillis(),
                        error.substring(0, Math.min(1000, error.length())), entry.id())
                .update();
    }

    /** 2 s, 4 s, 8 s … capped; configuration errors start at a minute, since only a person can fix them. */
    static Duration backoff(int attempts, DeliveryException.Kind kind) {
        long base = kind == DeliveryException.Kind.CONFIGURATION ? 60 : 2;
        long seconds = base << Math.min(attempts - 1, 12);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }
}
