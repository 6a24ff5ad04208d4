package org.campaignbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.campaignbot.channel.Channel;
import org.campaignbot.channel.ChannelRegistry;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.channel.OutboxMetrics;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.OutboxProperties;
import org.campaignbot.outbox.TargetKind;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A batch that outlives half its lease (a slow platform) gives its unsent rows back instead of sending them while
 * another instance may already be taking them over; they go out in the next claim, each once.
 */
class DispatcherLeaseTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-10-12T01:00:00Z"));
    final TestDatabase db = TestDatabase.h2();
    final Outbox outbox = new Outbox(db.jdbc(), clock, db.tx(), new InstanceId());
    final List<String> sent = new CopyOnWriteArrayList<>();
    final OutboxProperties props = new OutboxProperties(Duration.ofSeconds(1), Duration.ofSeconds(60), 5);

    /** Every send takes 40 s of the 60 s lease: after the first one, half the lease is gone. */
    final Channel slow = new Channel() {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public void send(OutboundTarget target, OutboundMessage message) {
            clock.advance(Duration.ofSeconds(40));
            sent.add(message.text());
        }
    };

    @Test
    void rowsLeftWhenHalfTheLeaseIsGoneAreReleasedAndSentUnderAFreshClaim() {
        for (int i = 1; i <= 3; i++) {
            outbox.enqueue("slow-" + i, new OutboundTarget("slow", TargetKind.CHAT, "group"), OutboundMessage.text("第 " + i + " 条"));
        }
        var dispatcher = new OutboxDispatcher(outbox, new ChannelRegistry(List.of(slow)), clock,
                new OutboxMetrics(new SimpleMeterRegistry(), db.jdbc(), clock), props);

        assertThat(dispatcher.dispatchDue(3)).isEqualTo(1); // one sent; the two others handed back, not sent late
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING' AND claimed_by IS NULL")
                .query(Long.class).single()).isEqualTo(2);
        while (dispatcher.dispatchDue(10) > 0) {
            // each fresh claim sends one row before half of its lease is gone
        }
        assertThat(sent).containsExactly("第 1 条", "第 2 条", "第 3 条");
    }
}
