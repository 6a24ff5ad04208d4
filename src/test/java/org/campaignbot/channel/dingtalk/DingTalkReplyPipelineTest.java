package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.Waits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Answers over a group's rate limit wait for a free slot instead of being dropped; a message the pipeline took but
 * never answered because it stopped is released, so DingTalk's redelivery (here to the running app) is answered once.
 */
class DingTalkReplyPipelineTest extends DingTalkAppTestBase {
    @Autowired
    ConversationService conversation;
    @Autowired
    MessageDeduplicator deduplicator;
    @Autowired
    SessionWebhookSender sender;
    @Autowired
    DingTalkProperties properties;

    @Test
    void answersOverTheGroupLimitAreDelayedNotDropped() throws Exception {
        // one answer per 400 ms per group (real time), standing in for 20 a minute
        var limiter = new SlidingWindowRateLimiter(1, Duration.ofMillis(400), Clock.systemUTC());
        try (var pipeline = pipeline( limiter, 2)) {
            String session = unique("limited");
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                var m = message(unique("m"), true, "staff-" + i, "帮助", session);
                assertThat(pipeline.accept(new DingTalkMessageParser(JSON).parse(JSON.writeValueAsBytes(m)))).isTrue();
            }
            List<FakePlatform.Call> replies = FAKE.await(() -> FAKE.replies(session), 3);
            // a lower bound (the limiter runs on real time here): a loaded machine can only make it later, never fail it
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            assertThat(replies.stream().map(r -> json(r).path("at").path("atUserIds").get(0).asString()))
                    .containsExactlyInAnyOrder("staff-0", "staff-1", "staff-2");
        }
    }

    @Test
    void aMessageRefusedWhileStoppingIsAnsweredOnceWhenRedelivered() throws Exception {
        var limiter = new SlidingWindowRateLimiter(20, Duration.ofMinutes(1), Clock.systemUTC());
        var stopped = pipeline( limiter, 1, Duration.ZERO);
        stopped.close();
        String session = unique("stopped");
        Map<String, Object> m = message(unique("m"), true, "staff-s", "帮助", session);
        assertThatThrownBy(() -> stopped.accept(new DingTalkMessageParser(JSON).parse(JSON.writeValueAsBytes(m))))
                .isInstanceOf(DingTalkReplyPipeline.Unavailable.class);
        // the HTTP callback on a stopping instance answers 503 (DingTalk delivers again), not an ACK
        var controller = new DingTalkCallbackController(properties, JSON, stopped, deduplicator, clock);
        var request = new MockHttpServletRequest("POST", "/dingtalk/callback");
        request.setContent(JSON.writeValueAsBytes(m));
        String timestamp = Long.toString(clock.millis());
        var response = controller.callback(timestamp, DingTalkSigner.sign(timestamp, APP_SECRET), request);
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody()).isInstanceOfSatisfying(org.campaignbot.common.ErrorBody.class,
                body -> assertThat(body.error()).isNotBlank());
        // not taken, so the signature is not used up: a redelivery with the same headers is not a replay
        String pair = "dingtalk:sign:" + timestamp + ":" + DingTalkSigner.sign(timestamp, APP_SECRET);
        assertThat(deduplicator.firstSeen(pair)).isTrue();

        assertRedeliveryAnsweredOnce(m, session);
    }

    @Test
    void aMessageStillQueuedAtShutdownIsReleasedAndItsRedeliveryAnsweredOnce() throws Exception {
        var limiter = new SlidingWindowRateLimiter(20, Duration.ofMinutes(1), Clock.systemUTC());
        var stopping = pipeline( limiter, 1, Duration.ofMillis(50));
        CountDownLatch busy = new CountDownLatch(1);
        stopping.executor.execute(() -> { // its only thread is taken; the message waits in the queue
            busy.countDown();
            try {
                Thread.sleep(60_000); // holds the pipeline's only thread until close() interrupts it: not a wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
        String session = unique("queued");
        Map<String, Object> m = message(unique("m"), true, "staff-q", "帮助", session);
        assertThat(stopping.accept(new DingTalkMessageParser(JSON).parse(JSON.writeValueAsBytes(m)))).isTrue();
        assertThat(stopping.accept(new DingTalkMessageParser(JSON).parse(JSON.writeValueAsBytes(m)))).isFalse();
        stopping.close();

        assertRedeliveryAnsweredOnce(m, session);
    }

    @Test
    void anAnsweredMessageStaysSeenAfterShutdown() throws Exception {
        var limiter = new SlidingWindowRateLimiter(20, Duration.ofMinutes(1), Clock.systemUTC());
        var pipeline = pipeline( limiter, 1, Duration.ofSeconds(5));
        String session = unique("answered");
        Map<String, Object> m = message(unique("m"), true, "staff-a", "帮助", session);
        assertThat(pipeline.accept(new DingTalkMessageParser(JSON).parse(JSON.writeValueAsBytes(m)))).isTrue();
        FAKE.awaitReply(session);
        pipeline.close();
        assertThat(postSigned(m).statusCode()).isEqualTo(200); // the redelivery is a repeat: ignored
        // a second answer to "帮助" would follow the ack within milliseconds (no search, an idle pipeline)
        Waits.holdsFor(Duration.ofMillis(300), () -> FAKE.replies(session).size() == 1);
    }

    /** The redelivery through the running app's HTTP callback gets exactly one answer; a further one gets none. */
    private void assertRedeliveryAnsweredOnce(Map<String, Object> m, String session) throws Exception {
        assertThat(FAKE.replies(session)).isEmpty();
        assertThat(postSigned(m).statusCode()).isEqualTo(200);
        assertThat(json(FAKE.awaitReply(session)).path("at").path("atUserIds").get(0).asString())
                .isEqualTo(m.get("senderStaffId"));
        assertThat(postSigned(m).statusCode()).isEqualTo(200);
        // a second answer to "帮助" would follow the ack within milliseconds (no search, an idle pipeline)
        Waits.holdsFor(Duration.ofMillis(300), () -> FAKE.replies(session).size() == 1);
    }
}
