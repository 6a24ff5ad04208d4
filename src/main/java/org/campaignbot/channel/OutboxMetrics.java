package org.campaignbot.channel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.campaignbot.outbox.OutboxStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as operations see it: {@code bot_outbox_backlog} (messages waiting, read from the table at each scrape
 * so that every instance sharing a database reports the same truth), {@code bot_outbox_oldest_wait_seconds},
 * and the counters {@code bot_outbox_sent_total{channel}} and {@code bot_outbox_failures_total{channel,kind}}.
 */
@Component
public class OutboxMetrics {
    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    public OutboxMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("bot.outbox.backlog", this, m -> m.backlog().waiting())
                .description("outbox messages not yet delivered").register(registry);
        Gauge.builder("bot.outbox.oldest.wait", this, m -> m.backlog().oldestWait().toSeconds())
                .baseUnit("seconds").description("how long the oldest undelivered message has been due").register(registry);
    }

    /** @param oldestWait how long the longest-waiting undelivered message has been due (zero when none) */
    public record Backlog(long waiting, Duration oldestWait) {
    }

    public Backlog backlog() {
        long now = clock.millis();
        return jdbc.sql("SELECT COUNT(*), MIN(next_attempt_at) FROM outbox WHERE status IN (?, ?)")
                .params(OutboxStatus.PENDING.name(), OutboxStatus.SENDING.name())
                .query((rs, n) -> {
                    long waiting = rs.getLong(1);
                    long oldest = rs.getLong(2);
                    boolean none = rs.wasNull(); // MIN of no rows is NULL; wasNull speaks of the last column read
                    return new Backlog(waiting, none || oldest > now ? Duration.ZERO : Duration.ofMillis(now - oldest));
                }).single();
    }

    void sent(String channel) {
        registry.counter("bot.outbox.sent", "channel", channel).increment();
    }

    void failed(String channel, DeliveryException.Kind kind) {
        registry.counter("bot.outbox.failures", "channel", channel, "kind", kind.name()).increment();
    }
}
