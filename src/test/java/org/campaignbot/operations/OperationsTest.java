package org.campaignbot.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.campaignbot.BotTest;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.supervision.ReminderCycle;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.TaskScheduler;

/** The operations view over real HTTP: the Prometheus series, outbox backlog in health, and the scheduler pool. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.outbox.poll-interval=200ms", "bot.supervision.check-interval=1h"})
class OperationsTest {
    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    ReminderCycle reminders;
    @Autowired
    TaskScheduler scheduler;
    @Autowired
    MeterRegistry meters;

    private HttpResponse<String> get(String path) throws Exception {
        return TestHttp.to(port).get(path);
    }

    private void chat(String text) throws Exception {
        var response = TestHttp.to(port).postJson("/api/chat", "{\"userId\":\"ops\",\"text\":\"" + text + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusShowsTheKeySeriesToThisMachine() throws Exception {
        chat("三抓三促是哪三项行动？");
        chat("明天北京的天气怎么样？"); // nothing in the knowledge base: declined
        chat("帮助");
        reminders.run();
        outbox.enqueue("ops-test-" + UUID.randomUUID(), OutboundTarget.robot("nowhere", "x"), OutboundMessage.text("测试"));
        dispatcher.dispatchDue(100); // no such channel: a failure, and the message stays in the backlog

        long waiting = tools.jackson.databind.json.JsonMapper.builder().build().readTree(get("/actuator/health").body())
                .path("components").path("outbox").path("details").path("waiting").asLong();
        assertThat(waiting).as("outbox backlog in health").isPositive();
        var scrape = get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains(
                "bot_messages_total{channel=\"web\",kind=\"question\"} 2.0",
                "bot_messages_total{channel=\"web\",kind=\"command\"} 1.0",
                "bot_answer_seconds_bucket{channel=\"web\",le=",
                "bot_answer_seconds_count{channel=\"web\"} 2",
                "bot_answers_declined_total{channel=\"web\"} 1.0",
                "bot_outbox_failures_total{channel=\"nowhere\",kind=\"CONFIGURATION\"} 1.0",
                "bot_outbox_backlog " + waiting + ".0",
                "bot_outbox_oldest_wait_seconds",
                "bot_reminder_cycles_total 1.0",
                "jvm_memory_used_bytes");
    }

    /** A job stuck on a platform that never answers holds one thread; the outbox and the others keep running. */
    @Test
    void aStalledJobDoesNotStopTheOthers() throws Exception {
        var release = new CountDownLatch(1);
        var stalled = new CountDownLatch(1);
        scheduler.schedule(() -> {
            stalled.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, Instant.now());
        try {
            assertThat(stalled.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            double before = failures();
            outbox.enqueue("ops-stall-" + UUID.randomUUID(), OutboundTarget.robot("stalled", "x"), OutboundMessage.text("测试"));
            // the scheduled dispatcher (every 200 ms here) still runs and tries the new message
            await().atMost(Duration.ofSeconds(20)).until(() -> failures() > before);
        } finally {
            release.countDown();
        }
    }

    private double failures() {
        var counter = meters.find("bot.outbox.failures").tag("channel", "stalled").counter();
        return counter == null ? 0 : counter.count();
    }
}
