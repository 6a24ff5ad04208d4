package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.campaignbot.testing.Waits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Signed callbacks to the running app; answers captured at the fake sessionWebhook. */
class DingTalkCallbackTest extends DingTalkAppTestBase {

    @Test
    void groupQuestionGetsACitedAnswerMentioningTheAsker() throws Exception {
        String session = unique("s");
        var response = postSigned(message(unique("m"), true, "staff-001", "  三抓三促是哪三项行动?", session));
        assertThat(response.statusCode()).isEqualTo(200);

        JsonNode reply = json(FAKE.awaitReply(session));
        assertThat(reply.path("at").path("atUserIds").get(0).asString()).isEqualTo("staff-001");
        String type = reply.path("msgtype").asString();
        String text = "markdown".equals(type) ? reply.path("markdown").path("text").asString()
                : reply.path("text").path("content").asString();
        assertThat(text).startsWith("@staff-001").contains("抓学习促提升").containsPattern("《[^》]+》");
        if ("markdown".equals(type)) {
            assertThat(reply.path("markdown").path("title").asString()).isNotBlank();
        }
    }

    @Test
    void oneToOneAnswerMentionsNobody() throws Exception {
        String session = unique("s");
        assertThat(postSigned(message(unique("m"), false, "staff-002", "\u3000帮助 ", session)).statusCode())
                .isEqualTo(200);
        JsonNode reply = json(FAKE.awaitReply(session));
        assertThat(reply.path("msgtype").asString()).isEqualTo("text");
        assertThat(reply.path("text").path("content").asString()).startsWith("我是“三抓三促”行动知识库助手");
        assertThat(reply.path("at").path("atUserIds").isEmpty()).isTrue();
    }

    @Test
    void refusedAndRepeatedMessagesGetNoAnswer() throws Exception {
        String wrongSign = unique("bad-sign");
        String stale = unique("bad-stale");
        String noHeaders = unique("bad-headers");
        String expired = unique("bad-expired");
        String repeatMsg = unique("m");
        String repeat = unique("repeat");

        var wrong = post(JSON.writeValueAsString(message(unique("m"), true, "u1", "你好", wrongSign)),
                Long.toString(clock.millis()), DingTalkSigner.sign(Long.toString(clock.millis()), "other-secret"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("签名校验失败");

        String old = Long.toString(clock.millis() - Duration.ofHours(2).toMillis());
        var staleResponse = post(JSON.writeValueAsString(message(unique("m"), true, "u1", "你好", stale)), old,
                DingTalkSigner.sign(old, APP_SECRET)); // correctly signed, but two hours old: a replay
        assertThat(staleResponse.statusCode()).isEqualTo(403);

        assertThat(post(JSON.writeValueAsString(message(unique("m"), true, "u1", "你好", noHeaders)), null, null)
                .statusCode()).isEqualTo(401);

        Map<String, Object> late = message(unique("m"), true, "u1", "你好", expired);
        late.put("sessionWebhookExpiredTime", clock.millis() - 1);
        assertThat(postSigned(late).statusCode()).isEqualTo(200); // acknowledged, but the webhook is dead

        var first = message(repeatMsg, true, "u1", "帮助", repeat);
        assertThat(postSigned(first).statusCode()).isEqualTo(200);
        assertThat(postSigned(first).statusCode()).isEqualTo(200); // DingTalk redelivers: ack, answer once

        String marker = unique("marker");
        postSigned(message(unique("m"), false, "u1", "帮助", marker));
        FAKE.awaitReply(marker);
        FAKE.awaitReply(repeat);
        // "帮助" is answered without a search, in milliseconds, and the marker posted last is answered already: a
        // wrongly accepted earlier message would be answered within the same moment, well inside 300 ms
        Waits.holdsFor(Duration.ofMillis(300), () -> {
            for (String session : List.of(wrongSign, stale, noHeaders, expired)) {
                assertThat(FAKE.replies(session)).as(session).isEmpty();
            }
            assertThat(FAKE.replies(repeat)).hasSize(1);
        });
    }

    @Test
    void malformedBodiesAreRefusedWithAClearMessage() throws Exception {
        var notJson = postSigned("{\"msgId\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("不是有效的 JSON");

        assertThat(postSigned("[1,2]").body()).contains("JSON 对象");

        Map<String, Object> noMsgId = message(unique("m"), true, "u1", "你好", unique("s"));
        noMsgId.remove("msgId");
        var missing = postSigned(noMsgId);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("缺少字段 msgId");

        Map<String, Object> badType = message(unique("m"), true, "u1", "你好", unique("s"));
        badType.put("conversationType", "group");
        assertThat(postSigned(badType).body()).contains("conversationType");

        Map<String, Object> badShape = message(unique("m"), true, "u1", "你好", unique("s"));
        badShape.put("msgId", Map.of("x", 1));
        assertThat(postSigned(badShape).statusCode()).isEqualTo(400);

        Map<String, Object> huge = message(unique("m"), true, "u1", "问".repeat(30_000), unique("s"));
        var tooBig = postSigned(huge);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("64 KB");
    }

    @Test
    void sessionWebhookOutsideTheDingTalkHostIsRefused() throws Exception {
        for (String webhook : List.of("http://127.0.0.1:1/robot/sendBySession?session=x",
                "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
                otherNameForTheFake() + "/robot/sendBySession?session=x", // same server, not the configured host
                FAKE.baseUrl() + "@evil.example/robot/sendBySession")) {
            Map<String, Object> m = message(unique("m"), true, "u1", "你好", unique("s"));
            m.put("sessionWebhook", webhook);
            var response = postSigned(m);
            assertThat(response.statusCode()).as(webhook).isEqualTo(400);
            assertThat(response.body()).contains("sessionWebhook");
        }
    }

    private static String otherNameForTheFake() {
        String base = FAKE.baseUrl();
        return base.contains("localhost") ? base.replace("localhost", "127.0.0.1") : base.replace("127.0.0.1", "localhost");
    }

    @Test
    void busySessionWebhookIsRetried() throws Exception {
        String session = unique("busy");
        FAKE.script("/robot/sendBySession", 200, "{\"errcode\":-1,\"errmsg\":\"系统繁忙\"}");
        postSigned(message(unique("m"), false, "u1", "帮助", session));
        var attempts = FAKE.await(() -> FAKE.replies(session), 2);
        assertThat(json(attempts.get(1)).path("text").path("content").asString()).contains("知识库助手");
    }
}
