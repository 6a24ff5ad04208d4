package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.channel.inbound.Inbox;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.channel.inbound.InboundProperties;
import org.campaignbot.channel.inbound.InboxSweeper;
import org.campaignbot.channel.inbound.Pipelines;
import org.campaignbot.channel.inbound.PoolFiller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The durable inbox for DingTalk's HTTP callback: a message acknowledged by one instance that dies before answering
 * is answered exactly once, through its sessionWebhook, by a new pipeline on the same database; DingTalk's
 * redelivery afterwards is a repeat. Past the sessionWebhook's expiry it is not answered but marked expired.
 */
class DingTalkInboxTest extends DingTalkAppTestBase {
    private static final InboundProperties SETTINGS = InboundProperties.defaults();

    @Autowired
    Inbox inbox;
    @Autowired
    MessageDeduplicator deduplicator;
    @Autowired
    SessionWebhookSender sender;
    @Autowired
    DingTalkProperties properties;

    @Test
    void aCallbackAcknowledgedBeforeACrashIsAnsweredOnceByTheNextStart() throws Exception {
        String session = unique("crash");
        // long enough ago that the dead instance's claim ran out
        Map<String, Object> m = acknowledgeThenCrash(SETTINGS.lease().plusSeconds(1), unique("m"), "staff-crash", session);
        try (Restarted restarted = new Restarted()) {
            restarted.sweeper.sweep();
            assertThat(json(FAKE.awaitReply(session)).path("at").path("atUserIds").get(0).asString())
                    .isEqualTo("staff-crash");
            assertThat(restarted.sweeper.sweep()).isZero();
            assertThat(postSigned(m).statusCode()).isEqualTo(200); // DingTalk delivers it again: a repeat
            // bounded: a second answer would go out at once, on the request's own thread pool
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                    .until(() -> FAKE.replies(session).size() == 1);
        }
    }

    @Test
    void aMessageWhoseSessionWebhookExpiredIsNotAnsweredAfterARestart() throws Exception {
        String msgId = unique("m");
        String session = unique("expired");
        acknowledgeThenCrash(Duration.ofMinutes(91), msgId, "staff-late", session); // webhooks live 90 minutes
        try (Restarted restarted = new Restarted()) {
            assertThat(restarted.sweeper.sweep()).isZero();
            assertThat(inbox.status("dingtalk:" + msgId)).isEqualTo("EXPIRED");
            assertThat(FAKE.replies(session)).isEmpty();
        }
    }

    /**
     * Posts the callback, {@code ago} before now, to a pipeline whose only thread is busy, gets DingTalk's ACK, and
     * kills the pipeline. The clock goes back and forward again, so no scheduled job of the shared app sees a time
     * that is not its own.
     */
    private Map<String, Object> acknowledgeThenCrash(Duration ago, String msgId, String staffId, String session)
            throws Exception {
        clock.advance(Duration.ofMillis(1)); // a timestamp of its own: a signature is accepted once
        Instant now = clock.instant();
        clock.set(now.minus(ago));
        try {
            Map<String, Object> m = message(msgId, true, staffId, "帮助", session);
            DingTalkReplyPipeline crashing = pipeline(limiter(), 1, Duration.ZERO);
            PoolFiller.fill(crashing.executor, true);
            var controller = new DingTalkCallbackController(properties, JSON, crashing, deduplicator, clock);
            var request = new MockHttpServletRequest("POST", "/dingtalk/callback");
            request.setContent(JSON.writeValueAsBytes(m));
            String timestamp = Long.toString(clock.millis());
            var response = controller.callback(timestamp, DingTalkSigner.sign(timestamp, APP_SECRET), request);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            crashing.executor.shutdownNow(); // the process dies: nothing answered, nothing released
            return m;
        } finally {
            clock.set(now);
        }
    }

    private SlidingWindowRateLimiter limiter() {
        return new SlidingWindowRateLimiter(20, Duration.ofMinutes(1), clock);
    }

    /** What the next start has: a new pipeline and DingTalk transport on the same database, and a sweeper. */
    private final class Restarted implements AutoCloseable {
        final InboundPipeline answers = Pipelines.of(app, SETTINGS);
        final DingTalkReplyPipeline dingtalk = new DingTalkReplyPipeline(answers, true, sender, limiter(), JSON, clock);
        final InboxSweeper sweeper = new InboxSweeper(inbox, answers, List.of(dingtalk), clock, SETTINGS);

        @Override
        public void close() {
            dingtalk.close();
        }
    }
}
