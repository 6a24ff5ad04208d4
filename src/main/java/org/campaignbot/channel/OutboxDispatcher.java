package org.campaignbot.channel;

import java.time.Clock;
import java.time.Duration;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.OutboxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox rows through their channel.
 *
 * <p>Claim, send, mark: rows are first claimed in a batch with a lease ({@code status=SENDING, claimed_until,
 * claimed_by}, see {@link Outbox#claim}), so two instances never both send one. If the process dies after claiming,
 * the lease runs out and another instance (or this one, restarted) picks the rows up; if it dies after sending but
 * before marking, the push is repeated once — the platforms offer no way to make that window smaller. A batch whose
 * lease is half gone (a slow platform) gives its unsent rows back rather than send them when another instance may
 * already be taking them over. Failures are retried with backoff and never dropped.
 */
@Component
public class OutboxDispatcher implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

    private final Outbox outbox;
    private final ChannelRegistry channels;
    private final Clock clock;
    private final OutboxMetrics metrics;
    private final OutboxProperties properties;

    public OutboxDispatcher(Outbox outbox, ChannelRegistry channels, Clock clock, OutboxMetrics metrics,
                            OutboxProperties properties) {
        this.outbox = outbox;
        this.channels = channels;
        this.clock = clock;
        this.metrics = metrics;
        this.properties = properties;
    }

    /** Every {@code bot.outbox.poll-interval}, read from the bound settings: their record holds the one default. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::dispatchDue, properties.pollInterval());
    }

    public void dispatchDue() {
        dispatchDue(100);
    }

    /** Tries up to {@code max} due rows; returns how many went out. Tests call this directly. */
    public synchronized int dispatchDue(int max) {
        int tried = 0;
        int sent = 0;
        while (tried < max) {
            Outbox.Claim claim = outbox.claim(Math.min(properties.claimBatch(), max - tried), properties.lease());
            if (claim.entries().isEmpty()) {
                break;
            }
            long giveBackAt = claim.until() - properties.lease().toMillis() / 2;
            for (Outbox.Entry entry : claim.entries()) {
                tried++;
                if (clock.millis() >= giveBackAt) {
                    outbox.release(entry);
                } else if (send(entry)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(Outbox.Entry entry) {
        var channel = channels.find(entry.target().channel());
        if (channel.isEmpty()) {
            reschedule(entry, DeliveryException.configuration(
                    "渠道 " + entry.target().channel() + " 未配置，消息保留在发件箱中，配置后自动发送"));
            return false;
        }
        try {
            channel.get().send(entry.target(), entry.message());
            outbox.markSent(entry.id());
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
        outbox.reschedule(entry.id(), attempts, clock.millis() + wait.toMillis(), error);
    }

    /** 2 s, 4 s, 8 s … capped; configuration errors start at a minute, since only a person can fix them. */
    static Duration backoff(int attempts, DeliveryException.Kind kind) {
        long base = kind == DeliveryException.Kind.CONFIGURATION ? 60 : 2;
        long seconds = base << Math.min(attempts - 1, 12);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }
}
