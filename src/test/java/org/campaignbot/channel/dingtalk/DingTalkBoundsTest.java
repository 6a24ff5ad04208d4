package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.conversation.ConversationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing from DingTalk grows without bound: a 60 KB message is answered with a short reply and acts on nothing, ids
 * longer than the tables hold are a 400 (they used to be a 500), and a full answer queue refuses with DingTalk's
 * "deliver again later" instead of queueing for ever.
 */
class DingTalkBoundsTest extends DingTalkAppTestBase {
    @Autowired
    ConversationService conversation;
    @Autowired
    MessageDeduplicator deduplicator;
    @Autowired
    SessionWebhookSender sender;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSixtyKilobyteMessageIsAnsweredPolitelyAndActsOnNothing() throws Exception {
        String session = unique("long");
        // 李明 (DingTalk 1002) may close task 2, and trailing punctuation is ignored by the command parser: without
        // the length cap this 61 KB message would file a close request in his name
        var huge = message(unique("m"), false, "1002", "办结 2" + "!".repeat(61_000), session);
        assertThat(JSON.writeValueAsBytes(huge).length).isGreaterThan(61_000);
        assertThat(postSigned(huge).statusCode()).isEqualTo(200);
        String reply = json(FAKE.awaitReply(session)).path("text").path("content").asString();
        assertThat(reply).contains("消息太长", "2000").hasSizeLessThan(200);
        assertThat(jdbc.sql("SELECT close_requested_at FROM sup_task WHERE id = 2").query(Long.class).optional()).isEmpty();
    }

    @Test
    void idsLongerThanTheTablesHoldAreA400() throws Exception {
        for (String field : new String[] {"msgId", "conversationId", "senderStaffId", "senderId"}) {
            Map<String, Object> m = message(unique("m"), true, "u1", "帮助", unique("ids"));
            m.put(field, "x".repeat(400));
            var response = postSigned(m);
            assertThat(response.statusCode()).as(field).isEqualTo(400);
            assertThat(response.body()).contains(field, "过长");
        }
    }

    @Test
    void aFullAnswerQueueRefusesAndTheRedeliveryIsAnswered() throws Exception {
        var limiter = new SlidingWindowRateLimiter(20, Duration.ofMinutes(1), Clock.systemUTC());
        var pipeline = pipeline( limiter, 1, Duration.ZERO, 1);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        pipeline.executor.execute(() -> { // its only thread is taken
            busy.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
        String queued = unique("queued");
        String refused = unique("refused");
        var first = message(unique("m"), true, "staff-1", "帮助", queued);
        var second = message(unique("m"), true, "staff-2", "帮助", refused);
        assertThat(pipeline.accept(new DingTalkMessageParser(JSON).parse(JSON.writeValueAsBytes(first)))).isTrue();
        assertThatThrownBy(() -> pipeline.accept(new DingTalkMessageParser(JSON).parse(JSON.writeValueAsBytes(second))))
                .isInstanceOf(DingTalkReplyPipeline.Unavailable.class).hasMessageContaining("稍后重发");
        release.countDown();
        FAKE.awaitReply(queued);
        pipeline.close();
        // refused before it was marked as seen: DingTalk's redelivery (to the running app) is answered
        assertThat(postSigned(second).statusCode()).isEqualTo(200);
        assertThat(FAKE.awaitReply(refused)).isNotNull();
    }
}
