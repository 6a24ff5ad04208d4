package org.campaignbot.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.channel.inbound.InboundProperties;
import org.campaignbot.channel.inbound.Inbox;
import org.campaignbot.channel.inbound.InboxSweeper;
import org.campaignbot.channel.inbound.Pipelines;
import org.campaignbot.channel.inbound.PoolFiller;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.testing.FakePlatform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The durable inbox for the self-built app: a question acknowledged to WeCom by one pipeline, which then dies (or
 * stops) before answering, is answered exactly once by a new pipeline on the same database — pushed through the
 * outbox, since the callback's response is long gone — and WeCom's retry of it afterwards is only a repeat.
 */
class AppInboxTest extends WeComTestBase {
    private static final InboundProperties SETTINGS = InboundProperties.defaults();

    @Autowired
    ApplicationContext app;
    @Autowired
    Inbox inbox;
    @Autowired
    WeComAnswerStore store;
    @Autowired
    Outbox outbox;
    @Autowired
    Unanswered unanswered;
    @Autowired
    WeComProperties properties;

    @Test
    void aQuestionAcknowledgedBeforeACrashIsAnsweredOnceByTheNextStart() throws Exception {
        String msgId = AppCallbackTest.nextMsgId();
        InboundPipeline crashing = Pipelines.of(app, SETTINGS.withPool(1, 10, Duration.ZERO));
        PoolFiller.fill(crashing.pool, true); // its only thread is busy: the question waits in the queue
        AppMessage question = AppMessage.from(xml(AppCallbackTest.textXml("chenyi", "计数：崩溃前", msgId)));
        earlier(SETTINGS.lease().plusSeconds(1), () -> { // long enough ago that the dead instance's claim ran out
            assertThat(service(crashing).handle(question)).isEmpty(); // the reply window passed: WeCom got its empty 200
            crashing.pool.shutdownNow(); // the process dies: nothing is answered, nothing released
        });
        assertThat(WeComTestConfig.COUNTED).hasValue(0);

        InboundPipeline restarted = Pipelines.of(app, SETTINGS);
        try {
            sweeper(restarted).sweep();
            List<FakePlatform.Call> sent = FAKE.await(FakePlatform.WECOM_MESSAGE_SEND, 1);
            assertThat(sent.get(0).body().path("touser").asString()).isEqualTo("chenyi");
            assertThat(sent.get(0).body().path("text").path("content").asString()).isEqualTo("第 1 次：计数：崩溃前");

            assertThat(sweeper(restarted).sweep()).isZero(); // answered: a later start finds nothing
            assertThat(postText("chenyi", "计数：崩溃前", msgId).body()).isEmpty(); // WeCom's retry now: a repeat, acknowledged only
            // bounded: the outbox is polled every 200 ms, so a second answer would be sent well within this
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                    .until(() -> FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND).size() == 1 && WeComTestConfig.COUNTED.get() == 1);
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void aQuestionReleasedAtShutdownAndNeverRedeliveredIsAnsweredByTheNextStartAfterTheGrace() throws Exception {
        String msgId = AppCallbackTest.nextMsgId();
        InboundPipeline stopping = Pipelines.of(app, SETTINGS.withPool(1, 10, Duration.ofMillis(50)));
        PoolFiller.fill(stopping.pool, true);
        InboundPipeline restarted = Pipelines.of(app, SETTINGS);
        try {
            earlier(SETTINGS.redeliveryGrace().plusSeconds(1), () -> {
                assertThat(service(stopping).handle(AppMessage.from(xml(AppCallbackTest.textXml("chener", "计数：停机后", msgId)))))
                        .isEmpty();
                stopping.destroy(); // released: WeCom's retry may take it at once; a sweep only after the grace
                assertThat(sweeper(restarted).sweep()).isZero(); // within the grace: left for WeCom's retry
            });
            sweeper(restarted).sweep(); // the grace is over and no retry came
            List<FakePlatform.Call> sent = FAKE.await(FakePlatform.WECOM_MESSAGE_SEND, 1);
            assertThat(sent.get(0).body().path("text").path("content").asString()).isEqualTo("第 1 次：计数：停机后");
            assertThat(postText("chener", "计数：停机后", msgId).body()).isEmpty();
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                    .until(() -> FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND).size() == 1 && WeComTestConfig.COUNTED.get() == 1);
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void aRedeliveryAndASweepRacingForAReleasedQuestionAnswerItOnce() throws Exception {
        String msgId = AppCallbackTest.nextMsgId();
        InboundPipeline stopping = Pipelines.of(app, SETTINGS.withPool(1, 10, Duration.ofMillis(50)));
        PoolFiller.fill(stopping.pool, true);
        earlier(SETTINGS.redeliveryGrace().plusSeconds(1), () -> { // the grace is over: both may take it now
            service(stopping).handle(AppMessage.from(xml(AppCallbackTest.textXml("chensi", "计数：抢答", msgId))));
            stopping.destroy();
        });
        InboundPipeline restarted = Pipelines.of(app, SETTINGS);
        try {
            var retry = CompletableFuture.supplyAsync(() -> {
                try {
                    return postText("chensi", "计数：抢答", msgId);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            sweeper(restarted).sweep();
            String passive = retry.get(20, TimeUnit.SECONDS).body();
            // whoever claimed it first answers; the other sees it taken. Bounded: the outbox runs every 200 ms
            await().atMost(Duration.ofSeconds(10)).until(() -> WeComTestConfig.COUNTED.get() == 1
                    && (!passive.isEmpty() || FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND).size() == 1));
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() ->
                    WeComTestConfig.COUNTED.get() == 1 && FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND).size() == (passive.isEmpty() ? 1 : 0));
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void aQuestionOlderThanItsReplyWindowIsMarkedExpiredNotAnswered() throws Exception {
        String msgId = AppCallbackTest.nextMsgId();
        InboundPipeline crashing = Pipelines.of(app, SETTINGS.withPool(1, 10, Duration.ZERO));
        PoolFiller.fill(crashing.pool, true);
        earlier(AppReplyService.LATE_WINDOW.plusMinutes(1), () -> {
            service(crashing).handle(AppMessage.from(xml(AppCallbackTest.textXml("chensan", "计数：太晚", msgId))));
            crashing.pool.shutdownNow();
        });
        InboundPipeline restarted = Pipelines.of(app, SETTINGS);
        try {
            assertThat(sweeper(restarted).sweep()).isZero();
            assertThat(inbox.status("wecom:app:" + msgId)).isEqualTo("EXPIRED");
            assertThat(WeComTestConfig.COUNTED).hasValue(0);
        } finally {
            restarted.destroy();
        }
    }

    /** What happened before a restart happens this long ago: the clock goes back and then forward to now again, so
     *  no scheduled job of the shared app (bulletins, reminders) sees a time that is not its own. */
    private void earlier(Duration ago, ThrowingRunnable before) throws Exception {
        java.time.Instant now = clock.instant();
        clock.set(now.minus(ago));
        try {
            before.run();
        } finally {
            clock.set(now);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private AppReplyService service(InboundPipeline pipeline) {
        return new AppReplyService(pipeline, store, outbox, unanswered, clock, properties);
    }

    private InboxSweeper sweeper(InboundPipeline pipeline) {
        return new InboxSweeper(inbox, pipeline, List.of(service(pipeline)), clock, SETTINGS);
    }
}
