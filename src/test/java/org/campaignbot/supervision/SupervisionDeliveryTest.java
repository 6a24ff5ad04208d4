package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.campaignbot.channel.ChannelRegistry;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.channel.OutboxMetrics;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders through the real outbox and dispatcher: a crash mid-send, platform failures, the robots' rate limit. */
class SupervisionDeliveryTest extends SupervisionTestBase {
    @Autowired
    ChannelRegistry registry;
    @Autowired
    OutboxMetrics outboxMetrics;
    @Autowired
    Outbox outbox;

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
        // the first row (WeCom office group) is claimed, then the "process" dies before anything reaches the platform
        assertThatThrownBy(() -> dispatcher.dispatchDue(1000)).isInstanceOf(TestRobotChannel.ProcessKilled.class);
        assertThat(platforms.requests()).isEmpty();
        assertThat(rows("SENDING")).isEqualTo(1);

        // "restart": a fresh dispatcher and a fresh reminder run, with only the database surviving
        var restarted = new OutboxDispatcher(jdbc, registry, clock, outboxMetrics);
        assertThat(cycle.run().messages()).isZero();
        assertThat(restarted.dispatchDue(1000)).isEqualTo(2); // the two untouched rows; the claimed one is leased
        assertThat(platforms.to(SupervisionReminderTest.OFFICE_WECOM)).isEmpty();
        clock.advance(Duration.ofMinutes(2).plusSeconds(1)); // the dead process's lease runs out
        assertThat(restarted.dispatchDue(1000)).isEqualTo(1);
        assertThat(restarted.dispatchDue(1000)).isZero();
        assertThat(cycle.run().messages()).isZero();
        restarted.dispatchDue(1000);
        assertThat(platforms.to(SupervisionReminderTest.OFFICE_WECOM)).hasSize(1);
        assertThat(platforms.requests()).hasSize(3);
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
        assertThat(platforms.requests()).hasSize(3);
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
        assertThat(platforms.requests()).hasSize(20);
        var waiting = jdbc.sql("SELECT attempts, next_attempt_at FROM outbox WHERE status = 'PENDING'")
                .query((rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)}).single();
        assertThat(waiting[0]).isZero(); // waiting for the limit is not a failure
        assertThat(waiting[1] - clock.millis()).isEqualTo(60_000);
        clock.advance(Duration.ofSeconds(59));
        assertThat(dispatcher.dispatchDue(1000)).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue(1000)).isEqualTo(1);
        assertThat(platforms.requests().get(20).content()).isEqualTo("消息 21");
    }
}
