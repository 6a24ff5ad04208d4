package org.campaignbot.channel.wecom.longconn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.channel.inbound.Inbox;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.channel.inbound.InboundProperties;
import org.campaignbot.channel.inbound.InboxSweeper;
import org.campaignbot.channel.inbound.Pipelines;
import org.campaignbot.channel.inbound.PoolFiller;
import org.campaignbot.channel.wecom.longconn.FakeLongConnectionServer.Frame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The durable inbox on the long connection, which has no redelivery at all: a question taken from the socket by a
 * pipeline that dies before answering is answered exactly once after the restart, with a proactive
 * {@code aibot_send_msg} to its chat (the callback's req_id died with the old process). One answer thread and a
 * one-second lease, so the dead pipeline's claim runs out quickly; the app's own sweeper is kept out of the way.
 */
@SpringBootTest(properties = {
        // its own index directory: the cached context of LongConnectionTest holds the lock on that one
        BotTest.DB, "bot.knowledge.index-dir=target/test-index/wecom-longconn-inbox", "bot.knowledge.watch=false",
        "bot.wecom.aibot.long-connection.enabled=true",
        "bot.wecom.aibot.long-connection.bot-id=" + FakeLongConnectionServer.BOT_ID,
        "bot.wecom.aibot.long-connection.secret=" + FakeLongConnectionServer.SECRET,
        "bot.wecom.aibot.long-connection.reconnect-backoff=50ms",
        "bot.inbound.answer-threads=1", "bot.inbound.lease=1s", "bot.inbound.sweep-interval=1h"})
@DirtiesContext // its answer pipeline is killed
class LongConnectionInboxTest {
    static final FakeLongConnectionServer FAKE = new FakeLongConnectionServer();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void fake(DynamicPropertyRegistry registry) {
        registry.add("bot.wecom.aibot.long-connection.url", FAKE::url);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Autowired
    ApplicationContext app;
    @Autowired
    InboundPipeline pipeline;
    @Autowired
    Inbox inbox;
    @Autowired
    LongConnectionClient client;
    @Autowired
    LongConnectionHealth health;
    @Autowired
    InboundProperties settings;
    @Autowired
    Clock clock;

    @Test
    void aQuestionTakenBeforeACrashIsAnsweredOnceWithAProactiveMessageAfterTheRestart() throws Exception {
        await().atMost(WAIT).until(() -> health.state() == LongConnectionHealth.State.CONNECTED);
        PoolFiller.fill(pipeline.pool, true); // the only answer thread is busy: the question waits in the queue
        String msgId = UUID.randomUUID().toString();
        String reqId = "req-" + UUID.randomUUID();
        FAKE.push(FakeLongConnectionServer.callback("aibot_msg_callback", reqId,
                FakeLongConnectionServer.groupText(msgId, "@助手 三抓三促是哪三项行动？")));
        await().atMost(WAIT).until(() -> "WAITING".equals(inbox.status("wecom:aibot:" + msgId)));
        pipeline.pool.shutdownNow(); // the process dies before answering: nothing released

        InboundPipeline restarted = Pipelines.of(app, settings);
        InboxSweeper sweeper = new InboxSweeper(inbox, restarted, List.of(new LongConnectionTransport(client)), clock,
                settings);
        try {
            await().atMost(WAIT).until(() -> sweeper.sweep() == 1); // once the dead pipeline's 1 s lease ran out
            await().atMost(WAIT).until(() -> FAKE.sent(Protocol.SEND).size() == 1);
            JsonNode body = FAKE.sent(Protocol.SEND).get(0).json().path("body");
            assertThat(body.path("chatid").asString()).isEqualTo("group-1");
            assertThat(body.path("chat_type").asInt()).isEqualTo(2);
            assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
            assertThat(body.path("markdown").path("content").asString()).contains("抓学习促提升");
            await().atMost(WAIT).until(() -> "DONE".equals(inbox.status("wecom:aibot:" + msgId)));

            assertThat(sweeper.sweep()).isZero();
            // bounded: a second answer would be pushed at once by this sweep; the old req_id never gets a final frame
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                    .until(() -> FAKE.sent(Protocol.SEND).size() == 1);
            assertThat(FAKE.repliesTo(reqId)).noneMatch(LongConnectionInboxTest::finished);
        } finally {
            restarted.destroy();
        }
    }

    private static boolean finished(Frame frame) {
        return frame.json().path("body").path("stream").path("finish").asBoolean(false);
    }
}
