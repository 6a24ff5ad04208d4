package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.campaignbot.channel.wecom.AppCallbackRefusalTest.assertRefused;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.channel.inbound.PoolFiller;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.TargetKind;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.Waits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The intelligent-robot callback: JSON envelopes, receive id "", stream replies, polls and the response_url path. */
class AiBotCallbackTest extends WeComTestBase {
    private final WeComCipher cipher = new WeComCipher(AES_KEY, "");
    private final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    Outbox outbox;
    @Autowired
    InboundPipeline answerer;

    @Test
    void verifyUrlDecryptsWithAnEmptyReceiveId() throws Exception {
        String echostr = cipher.encrypt("9876543210");
        HttpResponse<String> r = get("/wecom/aibot/callback?" + signedQuery(echostr, now(), "n") + "&echostr=" + enc(echostr));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("9876543210");
    }

    @Test
    void referenceVectorGroupMessageIsStrippedOfTheMentionAndAnsweredInTheStream() throws Exception {
        String body = "{\"encrypt\":\"sKqRbbiSUnDhFHOvPjtUMXoZGUuguDFckzdZv3jBz/m+VsgyneEEcaponOoEOYrh4P36kJRS098akAC5DgmI7acQVzUdwhZSp0m3MUzWBHrDnj5i3IEKFp0WeDZE5J4hHvM6Oas8oZrQLLbfeba7Xp1K7n25wbkAxMWcMP5885Gmq/6BZ0e6/9cn3fA6qaOveQ1N1XeOSHMLXvIx0hkOeA==\"}";
        HttpResponse<String> r = signedAt(1710000000, () -> post("/wecom/aibot/callback?msg_signature=f06f75b70e63c1a0f216e3124b8f666aff1b3915"
                + "&timestamp=1710000000&nonce=nonce1", body.getBytes(UTF_8), "application/json"));
        JsonNode reply = openReply(r, "nonce1");
        assertThat(reply.path("msgtype").asString()).isEqualTo("stream");
        assertThat(reply.path("stream").path("finish").asBoolean()).isTrue();
        assertThat(reply.path("stream").path("id").asString()).isNotBlank();
        assertThat(reply.path("stream").path("content").asString()).isNotBlank();
        assertThat(WeComTestConfig.SEEN).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("hi");
            assertThat(m.conversationId()).isEqualTo("c1");
            assertThat(m.userId()).isEqualTo("u1");
            assertThat(m.group()).isTrue();
            assertThat(m.mentioned()).isTrue();
        });
    }

    @Test
    void aGroupQuestionIsAnsweredWithThePassageAndCitation() throws Exception {
        JsonNode reply = openReply(postMessage(groupText("@三抓三促助手\u2005三抓三促是哪三项行动？", null)), null);
        String content = reply.path("stream").path("content").asString();
        assertThat(content).contains("抓学习促提升").containsPattern("《[^》]+》");
        assertThat(WeComTestConfig.SEEN.get(0).text()).isEqualTo("三抓三促是哪三项行动？");
    }

    @Test
    void aSlowAnswerStreamsAPlaceholderThenFinishesOnAPoll() throws Exception {
        ObjectNode question = groupText("@助手 慢问题", null);
        JsonNode first = openReply(postMessage(question), null);
        String streamId = first.path("stream").path("id").asString();
        assertThat(first.path("stream").path("finish").asBoolean()).isFalse();
        assertThat(first.path("stream").path("content").asString()).isEqualTo(AiBotReplyService.THINKING);

        JsonNode retry = openReply(postMessage(question), null); // WeCom redelivers the same msgid
        assertThat(retry.path("stream").path("id").asString()).isEqualTo(streamId);

        JsonNode poll = openReply(postMessage(poll(streamId)), null);
        assertThat(poll.path("stream").path("finish").asBoolean()).isFalse();
        // WeCom polls again and again until the stream finishes; so does the test
        JsonNode done = Waits.poll().pollInterval(Duration.ofMillis(200))
                .until(() -> openReply(postMessage(poll(streamId)), null), d -> d.path("stream").path("finish").asBoolean());
        assertThat(done.path("stream").path("id").asString()).isEqualTo(streamId);
        assertThat(done.path("stream").path("content").asString()).isEqualTo("慢答复：慢问题");
        assertThat(WeComTestConfig.SEEN).hasSize(1);
        assertThat(FAKE.calls(FakePlatform.WECOM_AIBOT_RESPONSE)).isEmpty();
    }

    @Test
    void anAnswerThatOutlivesThePollingWindowGoesToTheResponseUrlOnce() throws Exception {
        String responseUrl = FAKE.baseUrl() + FakePlatform.WECOM_AIBOT_RESPONSE + "?response_code=RC-late";
        JsonNode first = openReply(postMessage(groupText("@助手 慢慢想", responseUrl)), null);
        String streamId = first.path("stream").path("id").asString();
        clock.advance(Duration.ofMinutes(3)); // past the 120 s stream window of this test configuration

        List<FakePlatform.Call> posted = FAKE.await(FakePlatform.WECOM_AIBOT_RESPONSE, 1);
        assertThat(posted).singleElement().satisfies(c -> {
            assertThat(c.query("response_code")).isEqualTo("RC-late");
            assertThat(c.body().path("msgtype").asString()).isEqualTo("markdown");
            assertThat(c.body().path("markdown").path("content").asString()).isEqualTo("慢答复：慢慢想");
        });
        JsonNode poll = openReply(postMessage(poll(streamId)), null);
        assertThat(poll.path("stream").path("finish").asBoolean()).isTrue();
        assertThat(poll.path("stream").path("content").asString()).isEqualTo(AiBotReplyService.POSTED_SEPARATELY);
        // the sweeper runs every second: over one and a half of its rounds it must not post again
        Waits.holdsFor(Duration.ofMillis(1500), () -> FAKE.calls(FakePlatform.WECOM_AIBOT_RESPONSE).size() == 1);
    }

    @Test
    void aChatCanBePushedToThroughTheUnusedResponseUrlOfItsLastQuestion() throws Exception {
        String chat = "chat-" + UUID.randomUUID();
        ObjectNode question = groupText("@助手 计数", FAKE.baseUrl() + FakePlatform.WECOM_AIBOT_RESPONSE + "?response_code=RC-push");
        question.put("chatid", chat);
        assertThat(openReply(postMessage(question), null).path("stream").path("finish").asBoolean()).isTrue();

        outbox.enqueue("test:chat:1:" + chat, new OutboundTarget("wecom", TargetKind.CHAT, chat), OutboundMessage.text("今日提醒"));
        outbox.enqueue("test:chat:2:" + chat, new OutboundTarget("wecom", TargetKind.CHAT, chat), OutboundMessage.text("再次提醒"));
        dispatcher.dispatchDue(10);
        assertThat(FAKE.calls(FakePlatform.WECOM_AIBOT_RESPONSE)).singleElement().satisfies(c -> {
            assertThat(c.query("response_code")).isEqualTo("RC-push");
            assertThat(c.body().path("markdown").path("content").asString()).isEqualTo("今日提醒");
        });
        // the URL is spent: the second push waits in the outbox until someone asks in that chat again
        assertThat(jdbc.sql("SELECT last_error FROM outbox WHERE dedupe_key = ?").param("test:chat:2:" + chat)
                .query(String.class).single()).contains("最近一小时内没有人向智能机器人提问");
    }

    @Test
    void anAnswerOverTheStreamLimitIsCutAtAParagraphAndSaysSo() throws Exception {
        String content = openReply(postMessage(groupText("@助手 超长回复", null)), null).path("stream").path("content").asString();
        assertThat(content.getBytes(UTF_8).length).isLessThanOrEqualTo(20480).isGreaterThan(15000);
        assertThat(content).startsWith(WeComTestConfig.P1 + "\n\n" + WeComTestConfig.P2).endsWith(AiBotReplyService.TRUNCATED);
    }

    @Test
    void enteringTheChatGetsTheWelcomeText() throws Exception {
        ObjectNode event = json.createObjectNode().put("msgid", UUID.randomUUID().toString()).put("aibotid", "b1")
                .put("chattype", "single").put("msgtype", "event");
        event.putObject("from").put("userid", "u9");
        event.putObject("event").put("eventtype", "enter_chat");
        JsonNode reply = openReply(postMessage(event), null);
        assertThat(reply.path("msgtype").asString()).isEqualTo("text");
        assertThat(reply.path("text").path("content").asString()).contains("三抓三促");
    }

    @Test
    void forgedMisaddressedAndMalformedCallbacksAreRefused() throws Exception {
        String wrongReceiver = new WeComCipher(AES_KEY, CORP_ID).encrypt(json.writeValueAsString(groupText("@助手 计数", null)));
        assertRefused(post("/wecom/aibot/callback?" + signedQuery(wrongReceiver, now(), "n"), body(wrongReceiver),
                "application/json"), 403, "不是发给");
        String good = cipher.encrypt(json.writeValueAsString(groupText("@助手 计数", null)));
        assertRefused(post("/wecom/aibot/callback?" + signedQuery(good, now(), "n").replace("nonce=n", "nonce=m"), body(good),
                "application/json"), 403, "签名");
        assertRefused(post("/wecom/aibot/callback?" + signedQuery(good, now(), "n"), "{\"encrypt\":".getBytes(UTF_8),
                "application/json"), 400, "JSON");
        assertRefused(post("/wecom/aibot/callback?" + signedQuery(good, now(), "n"), "[1,2]".getBytes(UTF_8),
                "application/json"), 400, "JSON");
        String notJsonInside = cipher.encrypt("<xml>not json</xml>");
        assertRefused(post("/wecom/aibot/callback?" + signedQuery(notJsonInside, now(), "n"), body(notJsonInside),
                "application/json"), 400, "JSON");
        byte[] big = ("{\"encrypt\":\"" + "A".repeat(70 * 1024) + "\"}").getBytes(UTF_8);
        assertRefused(post("/wecom/aibot/callback?" + signedQuery("A", now(), "n"), big, "application/json"), 400, "64 KB");
        // refusals are answered before anything is queued; a wrongly accepted "计数" would reach the core (an
        // instant test command) within milliseconds
        Waits.holdsFor(Duration.ofMillis(300), () -> WeComTestConfig.SEEN.isEmpty() && FAKE.calls().isEmpty());
    }

    @Test
    void aQuestionRefusedBecauseTheAnswerQueueIsFullIsAnsweredOnceWhenWeComRetries() throws Exception {
        ObjectNode question = groupText("@助手 计数：机器人队列满", null);
        try (PoolFiller full = PoolFiller.fill(answerer.pool, false)) {
            assertThat(postMessage(question).statusCode()).isEqualTo(503);
        }
        JsonNode retried = openReply(postMessage(question), null);
        assertThat(retried.path("stream").path("finish").asBoolean()).isTrue();
        assertThat(retried.path("stream").path("content").asString()).isEqualTo("第 1 次：计数：机器人队列满");
        JsonNode again = openReply(postMessage(question), null);
        assertThat(again.path("stream").path("id").asString()).isEqualTo(retried.path("stream").path("id").asString());
        assertThat(WeComTestConfig.COUNTED).hasValue(1);
        assertThat(WeComTestConfig.SEEN).hasSize(1);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    ObjectNode groupText(String content, String responseUrl) {
        ObjectNode m = json.createObjectNode().put("msgid", UUID.randomUUID().toString()).put("aibotid", "aibot-1")
                .put("chatid", "group-1").put("chattype", "group").put("msgtype", "text");
        m.putObject("from").put("userid", "zhangsan");
        m.putObject("text").put("content", content);
        if (responseUrl != null) {
            m.put("response_url", responseUrl);
        }
        return m;
    }

    ObjectNode poll(String streamId) {
        ObjectNode m = json.createObjectNode().put("msgid", UUID.randomUUID().toString()).put("aibotid", "aibot-1")
                .put("chatid", "group-1").put("chattype", "group").put("msgtype", "stream");
        m.putObject("from").put("userid", "zhangsan");
        m.putObject("stream").put("id", streamId);
        return m;
    }

    HttpResponse<String> postMessage(ObjectNode message) throws Exception {
        String encrypt = cipher.encrypt(json.writeValueAsString(message));
        return post("/wecom/aibot/callback?" + signedQuery(encrypt, now(), "n" + UUID.randomUUID().toString().substring(0, 6)),
                body(encrypt), "application/json");
    }

    private byte[] body(String encrypt) {
        return json.writeValueAsBytes(json.createObjectNode().put("encrypt", encrypt));
    }

    /** Checks the JSON envelope's msgsignature (and nonce, when given) and decrypts it with receive id "". */
    JsonNode openReply(HttpResponse<String> r, String expectedNonce) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode envelope = json.readTree(r.body());
        String encrypt = envelope.path("encrypt").asString();
        String timestamp = Long.toString(envelope.path("timestamp").asLong());
        assertThat(envelope.path("timestamp").isNumber()).isTrue();
        assertThat(envelope.path("msgsignature").asString())
                .isEqualTo(WeComSignature.sign(TOKEN, timestamp, envelope.path("nonce").asString(), encrypt));
        if (expectedNonce != null) {
            assertThat(envelope.path("nonce").asString()).isEqualTo(expectedNonce);
        }
        return json.readTree(cipher.decrypt(encrypt));
    }
}
