package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeCom messages are bounded like every channel's: a message of tens of kilobytes (as large as the 64 KB body cap
 * lets through once encrypted) is answered with a short reply and reaches no feature, and ids longer than the tables
 * hold are refused with a 400 instead of failing in the database.
 */
class WeComBoundsTest extends WeComTestBase {
    private final WeComCipher cipher = new WeComCipher(AES_KEY, CORP_ID);
    private final WeComCipher aibotCipher = new WeComCipher(AES_KEY, "");
    private final JsonMapper json = JsonMapper.builder().build();
    @org.springframework.beans.factory.annotation.Autowired
    AiBotChatUrls chatUrls;

    @Test
    void aFortyKilobyteAppMessageIsAnsweredPolitelyWithoutReachingAnyFeature() throws Exception {
        String text = "办结 2" + "!".repeat(40_000);
        HttpResponse<String> r = postApp(AppCallbackTest.textXml("LiMing", text, AppCallbackTest.nextMsgId()));
        assertThat(r.statusCode()).isEqualTo(200);
        String reply = xml(cipher.decrypt(xml(r.body()).get("Encrypt"))).get("Content");
        assertThat(reply).contains("消息太长", "2000");
        assertThat(WeComTestConfig.SEEN).isEmpty(); // the test recorder is the first feature: it saw nothing
    }

    @Test
    void aFortyKilobyteAiBotMessageIsAnsweredPolitely() throws Exception {
        var m = json.createObjectNode().put("msgid", "long-" + UUID.randomUUID()).put("chattype", "single")
                .put("msgtype", "text");
        m.putObject("from").put("userid", "LiMing");
        m.putObject("text").put("content", "问".repeat(13_000));
        String encrypt = aibotCipher.encrypt(json.writeValueAsString(m));
        HttpResponse<String> r = post("/wecom/aibot/callback?" + signedQuery(encrypt, now(), "n"),
                json.writeValueAsBytes(json.createObjectNode().put("encrypt", encrypt)), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode reply = json.readTree(aibotCipher.decrypt(json.readTree(r.body()).path("encrypt").asString()));
        assertThat(reply.path("stream").path("content").asString()).contains("消息太长");
        assertThat(WeComTestConfig.SEEN).isEmpty();
    }

    @Test
    void idsLongerThanTheTablesHoldAreA400() throws Exception {
        String longId = "9".repeat(400);
        HttpResponse<String> app = postApp(AppCallbackTest.textXml("zhangsan", "计数", longId));
        assertThat(app.statusCode()).isEqualTo(400);
        assertThat(app.body()).contains("过长");
        HttpResponse<String> from = postApp(AppCallbackTest.textXml("u".repeat(300), "计数", AppCallbackTest.nextMsgId()));
        assertThat(from.statusCode()).isEqualTo(400);

        var m = json.createObjectNode().put("msgid", longId).put("chattype", "single").put("msgtype", "text");
        m.putObject("from").put("userid", "zhangsan");
        m.putObject("text").put("content", "计数");
        String encrypt = aibotCipher.encrypt(json.writeValueAsString(m));
        HttpResponse<String> aibot = post("/wecom/aibot/callback?" + signedQuery(encrypt, now(), "n"),
                json.writeValueAsBytes(json.createObjectNode().put("encrypt", encrypt)), "application/json");
        assertThat(aibot.statusCode()).isEqualTo(400);
        assertThat(WeComTestConfig.SEEN).isEmpty();
        assertThat(outboxRows()).isZero();
    }

    /** One row per AI-bot chat ever seen used to stay for ever; expired ones (of no use) are purged. */
    @Test
    void expiredChatUrlsArePurged() {
        long now = clock.millis();
        jdbc.sql("INSERT INTO wecom_chat_url (chat_id, response_url, received_at) VALUES (?, ?, ?)")
                .params("bounds-old", "https://x/old", now - AiBotChatUrls.VALID.toMillis() - 1).update();
        jdbc.sql("INSERT INTO wecom_chat_url (chat_id, response_url, received_at) VALUES (?, ?, ?)")
                .params("bounds-new", "https://x/new", now).update();
        chatUrls.purgeExpired();
        assertThat(jdbc.sql("SELECT chat_id FROM wecom_chat_url WHERE chat_id LIKE 'bounds-%'").query(String.class).list())
                .containsExactly("bounds-new");
    }

    private HttpResponse<String> postApp(String innerXml) throws Exception {
        String encrypt = cipher.encrypt(innerXml);
        String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        return post("/wecom/callback?" + signedQuery(encrypt, now(), UUID.randomUUID().toString().substring(0, 8)),
                body.getBytes(UTF_8), "text/xml");
    }
}
