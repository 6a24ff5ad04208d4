package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.UUID;
import org.campaignbot.CampaignBotApplication;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real restart: the app dies mid-send, and a new app on the same database file picks up where it stopped.
 * Each reminder reaches the platform exactly once, and the restarted app neither re-reads the plan into duplicate
 * tasks nor queues the day's reminders again.
 */
class SupervisionRestartTest {
    private final String[] args = {
            "--spring.datasource.url=jdbc:h2:file:./target/restart-db/" + UUID.randomUUID(),
            "--bot.knowledge.index-dir=target/test-index/" + UUID.randomUUID(),
            "--bot.supervision.check-interval=1h", "--bot.outbox.poll-interval=1h", "--server.port=0"};

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CampaignBotApplication.class, SupervisionTestConfig.class).run(args);
    }

    private static TestRobotChannel wecom(ConfigurableApplicationContext app) {
        return app.getBeansOfType(TestRobotChannel.class).values().stream().filter(c -> c.name().equals("wecom")).findFirst().orElseThrow();
    }

    @Test
    void aReminderInterruptedMidSendGoesOutOnceAfterRestart() {
        try (var first = start()) {
            first.getBean(MutableClock.class).set(LocalDateTime.of(2026, 9, 28, 9, 0));
            assertThat(first.getBean(ReminderCycle.class).run().messages()).isEqualTo(3);
            wecom(first).dieOnNextSend = true;
            assertThatThrownBy(() -> first.getBean(OutboxDispatcher.class).dispatchDue(1000))
                    .isInstanceOf(TestRobotChannel.ProcessKilled.class);
            assertThat(first.getBean(FakePlatform.class).delivered()).isEmpty();
        }
        try (var second = start()) {
            second.getBean(MutableClock.class).set(LocalDateTime.of(2026, 9, 28, 9, 5)); // the lease has run out
            var jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM sup_task").query(Long.class).single()).isEqualTo(19);
            second.getBean(SupervisionScheduler.class).tick(); // after remind-at on a working day: the cycle runs again
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isEqualTo(3);
            var dispatcher = second.getBean(OutboxDispatcher.class);
            assertThat(dispatcher.dispatchDue(1000)).isEqualTo(3);
            assertThat(dispatcher.dispatchDue(1000)).isZero();
            var sent = second.getBean(FakePlatform.class).delivered();
            assertThat(sent).hasSize(3);
            assertThat(sent).filteredOn(r -> r.target().contains("test-key-office")).hasSize(1);
        }
    }
}
