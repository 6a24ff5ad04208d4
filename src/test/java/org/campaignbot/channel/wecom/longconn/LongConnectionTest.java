package org.campaignbot.channel.wecom.longconn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.channel.wecom.longconn.FakeLongConnectionServer.Frame;
import org.campaignbot.conversation.CommandHandler;
import org.campaignbot.message.Reply;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app with the shipped knowledge and only the robot's long connection switched on (no callback token), talking
 * to {@link FakeLongConnectionServer} over a real local WebSocket. Short heartbeat and silence windows so that
 * liveness is tested in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, "bot.knowledge.index-dir=target/test-index/wecom-longconn", "bot.knowledge.watch=false",
        "bot.wecom.aibot.long-connection.enabled=true",
        "bot.wecom.aibot.long-connection.bot-id=" + FakeLongConnectionServer.BOT_ID,
        "bot.wecom.aibot.long-connection.secret=" + FakeLongConnectionServer.SECRET,
        "bot.wecom.aibot.long-connection.heartbeat-interval=200ms",
        "bot.wecom.aibot.long-connection.silence-timeout=1s",
        "bot.wecom.aibot.long-connection.reconnect-backoff=50ms",
        "bot.wecom.aibot.long-connection.reconnect-max-backoff=200ms",
        "bot.wecom.aibot.long-connection.placeholder-after=300ms",
        // the other two liveness checks out of the way of the silence test (they have LongConnectionLivenessTest)
        "bot.wecom.aibot.long-connection.missed-heartbeats=50", "bot.wecom.aibot.long-connection.idle-reconnect=0"})
@Import(LongConnectionTest.SlowAnswers.class)
class LongConnectionTest {
    static final FakeLongConnectionServer FAKE = new FakeLongConnectionServer();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void fake(DynamicPropertyRegistry registry) {
        registry.add("bot.wecom.aibot.long-connection.url", FAKE::url);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @LocalServerPort
    int port;

    /** "慢…" is answered after 1.5 s, like an LLM: longer than placeholder-after. */
    @TestConfiguration
    static class SlowAnswers {
        @Bean
        @Order(-100)
        CommandHandler slowAnswers() {
            return message -> {
                if (!message.text().startsWith("慢")) {
                    return Optional.empty();
                }
                try {
                    Thread.sleep(1500); // a deliberately slow answer (an LLM stand-in): not a wait
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of(Reply.text("慢答复：" + message.text()));
            };
        }
    }

    @BeforeEach
    void connected() {
        FAKE.ackPings = true;
        await().atMost(WAIT).until(() -> "CONNECTED".equals(health().path("state").asString()));
    }

    @Test
    void subscribesFirstWithTheBotIdAndSecretThenPingsAndShowsConnectedWithoutTheSecret() throws Exception {
        int connection = FAKE.connections.get();
        await().atMost(WAIT).until(() -> FAKE.frames.stream().anyMatch(f -> f.connection() == connection && f.cmd().equals("ping")));
        Frame first = FAKE.frames.stream().filter(f -> f.connection() == connection).findFirst().orElseThrow();
        assertThat(first.cmd()).isEqualTo("aibot_subscribe");
        assertThat(first.reqId()).startsWith("aibot_subscribe_");
        assertThat(first.json().path("body").path("bot_id").asString()).isEqualTo(FakeLongConnectionServer.BOT_ID);
        assertThat(first.json().path("body").path("secret").asString()).isEqualTo(FakeLongConnectionServer.SECRET);
        assertThat(FAKE.sent("ping")).allSatisfy(ping -> assertThat(ping.json().has("body")).isFalse());

        String body = get("/actuator/health");
        assertThat(body).doesNotContain(FakeLongConnectionServer.SECRET);
        assertThat(health().path("state").asString()).isEqualTo("CONNECTED");
        assertThat(health().path("lastFrameAt").asString()).isNotEqualTo("never");
    }

    @Test
    void aGroupQuestionIsAnsweredWithAStreamReplyOnItsReqIdQuotingTheKnowledge() {
        String reqId = "req-" + UUID.randomUUID();
        FAKE.push(FakeLongConnectionServer.callback("aibot_msg_callback", reqId,
                FakeLongConnectionServer.groupText(UUID.randomUUID().toString(), "@三抓三促助手\u2005三抓三促是哪三项行动？")));

        JsonNode reply = finished(reqId);
        assertThat(reply.path("body").path("msgtype").asString()).isEqualTo("stream");
        JsonNode stream = reply.path("body").path("stream");
        assertThat(stream.path("finish").asBoolean()).isTrue();
        assertThat(stream.path("id").asString()).isNotBlank();
        assertThat(stream.path("content").asString()).contains("抓学习促提升").containsPattern("《[^》]+》");
        assertThat(health().path("lastMessageAt").asString()).isNotEqualTo("never");
    }

    @Test
    void aSlowAnswerShowsThePlaceholderFirstAndFinishesTheSameStreamOnlyAfterThePlaceholderWasAcked() {
        FAKE.placeholderAckDelayMillis = 2500; // later than the answer (1.5 s): the final frame must still wait for it
        try {
            String reqId = "req-" + UUID.randomUUID();
            FAKE.push(FakeLongConnectionServer.callback("aibot_msg_callback", reqId,
                    FakeLongConnectionServer.groupText(UUID.randomUUID().toString(), "@助手 慢问题")));

            List<Frame> frames = await().atMost(WAIT).until(() -> FAKE.repliesTo(reqId), r -> r.size() == 2);
            JsonNode placeholder = frames.get(0).json().path("body").path("stream");
            JsonNode answer = frames.get(1).json().path("body").path("stream");
            assertThat(placeholder.path("finish").asBoolean()).isFalse();
            assertThat(placeholder.path("content").asString()).isEqualTo("正在查阅资料，请稍候…");
            assertThat(answer.path("finish").asBoolean()).isTrue();
            assertThat(answer.path("content").asString()).isEqualTo("慢答复：慢问题");
            assertThat(answer.path("id").asString()).isEqualTo(placeholder.path("id").asString());
            assertThat(FAKE.placeholderAckedNanos).anySatisfy(acked ->
                    assertThat(frames.get(1).receivedNanos()).isGreaterThan(acked));
        } finally {
            FAKE.placeholderAckDelayMillis = 0;
        }
    }

    @Test
    void aMessageDeliveredTwiceIsAnsweredOnce() {
        String msgId = UUID.randomUUID().toString();
        long duplicatesBefore = health().path("duplicates").asLong();
        FAKE.push(FakeLongConnectionServer.callback("aibot_msg_callback", "req-a-" + msgId,
                FakeLongConnectionServer.groupText(msgId, "@助手 三抓三促是哪三项行动？")));
        FAKE.push(FakeLongConnectionServer.callback("aibot_msg_callback", "req-b-" + msgId,
                FakeLongConnectionServer.groupText(msgId, "@助手 三抓三促是哪三项行动？")));

        finished("req-a-" + msgId);
        // the second copy is refused when it is read, before anything is queued: the counter says it was seen and dropped
        await().atMost(WAIT).until(() -> health().path("duplicates").asLong() == duplicatesBefore + 1);
        assertThat(FAKE.repliesTo("req-b-" + msgId)).isEmpty();
        assertThat(FAKE.repliesTo("req-a-" + msgId)).filteredOn(f -> f.json().path("body").path("stream").path("finish")
                .asBoolean()).hasSize(1);
    }

    @Test
    void whenTheServerDropsTheConnectionTheClientReconnectsAndAnswersAgain() {
        int before = FAKE.connections.get();
        long reconnects = health().path("reconnects").asLong();
        FAKE.dropCurrent();

        await().atMost(WAIT).until(() -> FAKE.sent("aibot_subscribe").stream().anyMatch(f -> f.connection() > before));
        await().atMost(WAIT).until(() -> "CONNECTED".equals(health().path("state").asString()));
        assertThat(health().path("reconnects").asLong()).isGreaterThan(reconnects);
        assertThat(health().path("lastError").asString()).isNotEqualTo("none");
        assertAnswered();
    }

    @Test
    void aConnectionThatGoesSilentIsDetectedAndReplaced() {
        int before = FAKE.connections.get();
        long silent = health().path("silentReconnects").asLong();
        FAKE.ackPings = false; // the socket stays open, but nothing comes back any more

        await().atMost(WAIT).until(() -> health().path("silentReconnects").asLong() > silent);
        FAKE.ackPings = true;
        await().atMost(WAIT).until(() -> FAKE.sent("aibot_subscribe").stream().anyMatch(f -> f.connection() > before));
        await().atMost(WAIT).until(() -> "CONNECTED".equals(health().path("state").asString()));
        assertThat(health().path("lastError").asString()).contains("静默");
        assertAnswered();
    }

    @Test
    void badFramesAreLoggedAndIgnoredAndTheConnectionKeepsWorking() {
        int connection = FAKE.connections.get();
        long ignored = health().path("ignoredFrames").asLong();
        FAKE.push("this is not json");
        FAKE.push("[1,2,3]");
        FAKE.push("{\"cmd\":\"aibot_msg_callback\",\"headers\":{\"req_id\":\"no-body\"}}");
        FAKE.push("{\"cmd\":\"aibot_msg_callback\",\"headers\":{\"req_id\":\"no-msgid\"},\"body\":{\"msgtype\":\"text\"}}");
        FAKE.push("{\"cmd\":\"aibot_something_new\",\"headers\":{\"req_id\":\"x\"},\"body\":{}}");

        await().atMost(WAIT).until(() -> health().path("ignoredFrames").asLong() == ignored + 5);
        assertAnswered();
        assertThat(FAKE.connections.get()).isEqualTo(connection);
        assertThat(FAKE.repliesTo("no-body")).isEmpty();
        assertThat(FAKE.repliesTo("no-msgid")).isEmpty();
    }

    @Test
    void enteringTheChatGetsTheWelcomeOnTheEventsReqId() {
        String reqId = "evt-" + UUID.randomUUID();
        FAKE.push(FakeLongConnectionServer.callback("aibot_event_callback", reqId,
                FakeLongConnectionServer.event(UUID.randomUUID().toString(), "enter_chat")));

        Frame welcome = await().atMost(WAIT).until(
                () -> FAKE.sent("aibot_respond_welcome_msg").stream().filter(f -> f.reqId().equals(reqId)).toList(),
                l -> !l.isEmpty()).get(0);
        assertThat(welcome.json().path("body").path("msgtype").asString()).isEqualTo("text");
        assertThat(welcome.json().path("body").path("text").path("content").asString()).contains("三抓三促");
        assertThat(FAKE.repliesTo(reqId)).isEmpty(); // never aibot_respond_msg on an event's req_id (846605)
    }

    /** A question asked now on the current connection gets its answer. */
    private void assertAnswered() {
        String reqId = "req-" + UUID.randomUUID();
        FAKE.push(FakeLongConnectionServer.callback("aibot_msg_callback", reqId,
                FakeLongConnectionServer.groupText(UUID.randomUUID().toString(), "@助手 三抓三促是哪三项行动？")));
        finished(reqId);
    }

    /**
     * The finished reply frame to a callback. A first question can take longer than placeholder-after while the
     * answering path warms up, so a "please wait" frame may come before it.
     */
    private static JsonNode finished(String reqId) {
        return await().atMost(WAIT).until(() -> FAKE.repliesTo(reqId).stream()
                .filter(f -> f.json().path("body").path("stream").path("finish").asBoolean()).toList(), l -> !l.isEmpty())
                .get(0).json();
    }

    private JsonNode health() {
        return json.readTree(get("/actuator/health")).path("components").path("wecomLongConnection").path("details");
    }

    private String get(String path) {
        return TestHttp.to(port).get(path).body();
    }
}
