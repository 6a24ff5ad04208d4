package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.conversation.ConversationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Answers over a group's rate limit wait for a free slot instead of being dropped. */
class DingTalkReplyPipelineTest extends DingTalkAppTestBase {
    @Autowired
    ConversationService conversation;
    @Autowired
    MessageDeduplicator deduplicator;
    @Autowired
    SessionWebhookSender sender;

    @Test
    void answersOverTheGroupLimitAreDelayedNotDropped() throws Exception {
        // one answer per 400 ms per group (real time), standing in for 20 a minute
        var limiter = new SlidingWindowRateLimiter(1, Duration.ofMillis(400), Clock.systemUTC());
        try (var pipeline = new DingTalkReplyPipeline(conversation, deduplicator, sender, limiter, 2)) {
            String session = unique("limited");
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                var m = message(unique("m"), true, "staff-" + i, "帮助", session);
                assertThat(pipeline.accept(new DingTalkMessageParser(JSON).parse(JSON.writeValueAsBytes(m)))).isTrue();
            }
            List<RecordedRequest> replies = FAKE.await(() -> FAKE.replies(session), 3);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            assertThat(replies.stream().map(r -> json(r).path("at").path("atUserIds").get(0).asString()))
                    .containsExactlyInAnyOrder("staff-0", "staff-1", "staff-2");
        }
    }
}
