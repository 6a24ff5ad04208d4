package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.campaignbot.channel.ChannelRegistry;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.channel.OutboxMetrics;
import org.campaignbot.cluster.InstanceId;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.OutboxProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Reminders through the real outbox and dispatcher: a crash mid-send, platform failures, the robots' rate limit. */
class SupervisionDeliveryTest extends SupervisionTestBase {
    @Autowired
    ChannelRegistry registry;
    @Autowired
    OutboxMetrics outboxMetrics;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxProperties outboxProperties;
    @Autowired
    TransactionTemplate tx;

    private TestRobotChannel channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private long rows(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = ?").param(status).query(Long.class).single();
    }

    @Test
    void aProcessKilledBetweenClaimingAndSendingSendsTheReminderExactlyOnceAfterRestart() {
        at(9, 28, 9, 0);
        assertThat(cycle.run().messages()).isEqualTo(3);
        channel("wecom").dieOnNextSend = true;
        // the three rows are claimed as one batch, then the "process" dies before anything reaches the platform
        assertThatThrownBy(() -> dispatcher.dispatchDue(1000)).isInstanceOf(TestRobotChannel.ProcessKilled.class);
        assertThat(platforms.delivered()).isEmpty();
        assertThat(rows("SENDING")).isEqualTo(3);

        // "restart": a fresh instance (its own name in the leases) and a fresh reminder run; only the database survives
        var restarted = new OutboxDispatcher(new Outbox(jdbc, clock, tx, new InstanceId()), registry, clock,
                outboxMetrics, outboxProperties);
        assertThat(cycle.run().messages()).isZero();
        assertThat(restarted.dispatchDue(1000)).isZero(); // the dead process's claims are leased to it
        clock.advance(outboxProperties.lease().plusSeconds(1)); // its lease runs out
        assertThat(restarted.dispatchDue(1000)).isEqualTo(3);
        assertThat(restarted.dispatchDue(1000)).isZero();
        assertThat(cycle.run().messages()).isZero();
        restarted.dispatchDue(1000);
        assertThat(platforms.delivered(SupervisionReminderTest.OFFICE_WECOM)).hasSize(1);
        assertThat(platforms.delivered()).hasSize(3);
        assertThat(rows("SENT")).isEqualTo(3);
    }

    @Test
    void aPlatformFailureIsRetriedWithBackoff() {
        at(9, 28, 9, 0);
        cycle.run();
        platforms.failNext(1); // errcode -1, system busy
        assertThat(dispatcher.dispatchDue(1000)).isEqualTo(2);
        var pending = jdbc.sql("SELECT attempts, next_attempt_at, last_error FROM outbox WHERE status = 'PENDING'")
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getLong(2), rs.getString(3)}).single();
        assertThat(pending[0]).isEqualTo(1);
        assertThat((long) pending[1] - clock.millis()).isEqualTo(2000);
        assertThat((String) pending[2]).contains("errcode -1");
        assertThat(dispatcher.dispatchDue(1000)).isZero(); // not before the backoff
        clock.advance(Duration.ofSeconds(2));
        assertThat(dispatcher.dispatchDue(1000)).isEqualTo(1);
        assertThat(platforms.delivered()).hasSize(3);
        assertThat(cycle.run().messages()).isZero();
    }

    @Test
    void theTwentyFirstMessageToARobotInAMinuteWaits() {
        at(9, 28, 9, 0);
        var office = OutboundTarget.robot("wecom", "office");
        for (int i = 1; i <= 21; i++) {
            outbox.enqueue("test:burst:" + i, office, OutboundMessage.text("消息 " + i));
        }
        assertThat(dispatcher.dispatchDue(1000)).isEqualTo(20);
        assertThat(platforms.delivered()).hasSize(20);
        var waiting = jdbc.sql("SELECT attempts, next_attempt_at FROM outbox WHERE status = 'PENDING'")
                .query((rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)}).single();
        assertThat(waiting[0]).isZero(); // waiting for the limit is not a failure
        assertThat(waiting[1] - clock.millis()).isEqualTo(60_000);
        clock.advance(Duration.ofSeconds(59));
        assertThat(dispatcher.dispatchDue(1000)).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue(1000)).isEqualTo(1);
        assertThat(platforms.delivered().get(20).content()).isEqualTo("消息 21");
    }
}
