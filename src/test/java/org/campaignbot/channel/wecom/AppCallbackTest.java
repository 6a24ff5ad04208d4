package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.channel.inbound.Pipelines;
import org.campaignbot.channel.inbound.PoolFiller;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.Waits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The self-built app callback, spoken to as WeCom would: signed, encrypted XML over HTTP to the running app. */
class AppCallbackTest extends WeComTestBase {
    private static final AtomicLong MSG_IDS = new AtomicLong(7_000_000_000_000_000_000L);
    private final WeComCipher cipher = new WeComCipher(AES_KEY, CORP_ID);
    @Autowired
    InboundPipeline answerer;
    @Autowired
    ApplicationContext app;
    @Autowired
    Clock clock;
    @Autowired
    WeComAnswerStore store;
    @Autowired
    Outbox outbox;
    @Autowired
    Unanswered unanswered;
    @Autowired
    WeComProperties properties;

    @Test
    void officialVerifyUrlVectorAnswersThePlaintextAlone() throws Exception {
        HttpResponse<String> r = signedAt(1409659589, () -> get("/wecom/callback?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3"
                + "&timestamp=1409659589&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("1616140317555161061"); // exactly: no quotes, no newline
    }

    @Test
    void officialPostVectorIsDecryptedNormalisedAndAnsweredPassively() throws Exception {
        String body = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA["
                + WeComCipherTest.POST_ENCRYPT + "]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>";
        HttpResponse<String> r = signedAt(1409659813, () -> post("/wecom/callback?msg_signature=477715d11cdb4164915debcba66cb864d751f3e6"
                + "&timestamp=1409659813&nonce=1372623149", body.getBytes(UTF_8), "text/xml"));
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, String> reply = openPassiveReply(r, "1372623149");
        assertThat(reply).containsEntry("ToUserName", "mycreate").containsEntry("FromUserName", CORP_ID)
                .containsEntry("MsgType", "text");
        assertThat(reply.get("Content")).isNotBlank();
        assertThat(WeComTestConfig.SEEN).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo("wecom");
            assertThat(m.userId()).isEqualTo("mycreate");
            assertThat(m.conversationId()).isEqualTo("mycreate");
            assertThat(m.text()).isEqualTo("hello");
            assertThat(m.group()).isFalse();
        });
    }

    @Test
    void aQuestionIsAnsweredWithThePassageAndItsCitation() throws Exception {
        HttpResponse<String> r = postText("zhangsan", "三抓三促是哪三项行动?", nextMsgId());
        String content = openPassiveReply(r, null).get("Content");
        assertThat(content).contains("抓学习促提升").containsPattern("《[^》]+》");
        assertThat(FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND)).isEmpty(); // quick: everything went back passively
    }

    @Test
    void threePostsOfTheSameMsgIdGetOneAnswerAndTheSameReply() throws Exception {
        String msgId = nextMsgId();
        String first = openPassiveReply(postText("lisi", "计数一下", msgId), null).get("Content");
        String second = openPassiveReply(postText("lisi", "计数一下", msgId), null).get("Content");
        String third = openPassiveReply(postText("lisi", "计数一下", msgId), null).get("Content");
        assertThat(first).isEqualTo("第 1 次：计数一下");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(WeComTestConfig.COUNTED).hasValue(1);
        assertThat(WeComTestConfig.SEEN).hasSize(1);
    }

    @Test
    void aSlowAnswerIsAcknowledgedAtOnceAndPushedOnceDespiteRetries() throws Exception {
        String msgId = nextMsgId();
        HttpResponse<String> r = postText("wangwu", "慢问题", msgId);
        assertThat(r.statusCode()).isEqualTo(200);
        // an empty body is the acknowledgement at the end of the 1 s window; had the callback waited for the 1.5 s
        // answer, the body would carry it as an encrypted passive reply (no stopwatch: a loaded machine is slow)
        assertThat(r.body()).isEmpty();
        assertThat(postText("wangwu", "慢问题", msgId).body()).isEmpty();
        assertThat(postText("wangwu", "慢问题", msgId).body()).isEmpty();

        List<FakePlatform.Call> sent = FAKE.await(FakePlatform.WECOM_MESSAGE_SEND, 1);
        // the outbox polls every 200 ms here (bot.outbox.poll-interval): a duplicate push would show within 4 polls
        Waits.holdsFor(Duration.ofMillis(800), () -> FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND).size() == 1);
        assertThat(sent.get(0).body().path("touser").asString()).isEqualTo("wangwu");
        assertThat(sent.get(0).body().path("agentid").asLong()).isEqualTo(1000002);
        assertThat(sent.get(0).body().path("msgtype").asString()).isEqualTo("text");
        assertThat(sent.get(0).body().path("text").path("content").asString()).isEqualTo("慢答复：慢问题");
        assertThat(sent.get(0).query("access_token")).startsWith("T");
        assertThat(WeComTestConfig.SEEN).hasSize(1);
    }

    @Test
    void aReplyOver2048BytesIsSplitOnParagraphsNeverMidCharacter() throws Exception {
        String passive = openPassiveReply(postText("zhaoliu", "长回复", nextMsgId()), null).get("Content");
        assertThat(passive).isEqualTo(WeComTestConfig.P1);

        List<String> expected = Utf8Splitter.split(WeComTestConfig.LONG, 2048);
        List<FakePlatform.Call> pushed = FAKE.await(FakePlatform.WECOM_MESSAGE_SEND, expected.size() - 1);
        List<String> rest = pushed.stream().map(c -> c.body().path("text").path("content").asString()).toList();
        assertThat(rest).hasSize(expected.size() - 1);
        assertThat(rest.get(0)).isEqualTo(WeComTestConfig.P2);
        assertThat(String.join("", rest.subList(1, rest.size()))).isEqualTo(WeComTestConfig.P3);
        Utf8SplitterTest.assertValid(rest, 2048);
        assertThat(pushed).allMatch(c -> c.body().path("touser").asString().equals("zhaoliu"));
    }

    @Test
    void eventsAreAcknowledgedWithoutAnAnswer() throws Exception {
        String event = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[sunqi]]></FromUserName>"
                + "<CreateTime>1772413200</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event>"
                + "<AgentID>1000002</AgentID></xml>";
        HttpResponse<String> r = postInner(event);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(postInner(event).body()).isEmpty(); // the same event again: FromUserName + CreateTime dedupe
        assertThat(WeComTestConfig.SEEN).isEmpty();
    }

    @Test
    void nonTextMessagesGetAHint() throws Exception {
        String image = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[sunqi]]></FromUserName>"
                + "<CreateTime>1772413200</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/y.jpg]]></PicUrl>"
                + "<MsgId>" + nextMsgId() + "</MsgId><AgentID>1000002</AgentID></xml>";
        assertThat(openPassiveReply(postInner(image), null).get("Content")).isEqualTo(AppReplyService.NOT_TEXT);
        assertThat(WeComTestConfig.SEEN).isEmpty();
    }

    @Test
    void aQuestionRefusedBecauseTheAnswerQueueIsFullIsAnsweredOnceWhenWeComRetries() throws Exception {
        String msgId = nextMsgId();
        try (PoolFiller full = PoolFiller.fill(answerer.pool, false)) {
            HttpResponse<String> refused = postText("qianba", "计数：队列满", msgId);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).doesNotContain("Exception");
        }
        assertThat(WeComTestConfig.SEEN).isEmpty();
        String retried = openPassiveReply(postText("qianba", "计数：队列满", msgId), null).get("Content");
        String again = openPassiveReply(postText("qianba", "计数：队列满", msgId), null).get("Content");
        assertThat(retried).isEqualTo("第 1 次：计数：队列满");
        assertThat(again).isEqualTo(retried);
        assertThat(WeComTestConfig.COUNTED).hasValue(1);
        assertThat(FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND)).isEmpty();
    }

    @Test
    void aQuestionStillQueuedAtShutdownWithinTheWindowIsAnsweredOnceOnRetry() throws Exception {
        String msgId = nextMsgId();
        InboundPipeline stopping = Pipelines.of(app, 1, 10, Duration.ofMillis(50));
        AppReplyService service = new AppReplyService(stopping, store, outbox, unanswered, clock, properties);
        PoolFiller.fill(stopping.pool, true); // its only thread is busy; the question waits in the queue
        CompletableFuture<Object> handled = CompletableFuture.supplyAsync(
                () -> service.handle(AppMessage.from(xml(textXml("zhoujiu", "计数：停机", msgId)))));
        Waits.poll().until(() -> stopping.pool.getQueue().size() == 1); // the question is queued behind the filler
        stopping.destroy(); // stops before the 1 s window is over: the callback fails (503) and releases the MsgId
        assertThatThrownBy(() -> handled.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);

        String retried = openPassiveReply(postText("zhoujiu", "计数：停机", msgId), null).get("Content");
        assertThat(retried).isEqualTo("第 1 次：计数：停机");
        assertThat(openPassiveReply(postText("zhoujiu", "计数：停机", msgId), null).get("Content")).isEqualTo(retried);
        assertThat(WeComTestConfig.COUNTED).hasValue(1);
    }

    @Test
    void aQuestionAcknowledgedButNeverStartedBeforeShutdownIsReleasedForARetry() throws Exception {
        String msgId = nextMsgId();
        InboundPipeline stopping = Pipelines.of(app, 1, 10, Duration.ofMillis(50));
        AppReplyService service = new AppReplyService(stopping, store, outbox, unanswered, clock, properties);
        PoolFiller.fill(stopping.pool, true);
        assertThat(service.handle(AppMessage.from(xml(textXml("wushi", "计数：已应答", msgId))))).isEmpty(); // acked
        assertThat(postText("wushi", "计数：已应答", msgId).body()).isEmpty(); // a repeat while it waits: nothing new
        stopping.destroy();

        String retried = openPassiveReply(postText("wushi", "计数：已应答", msgId), null).get("Content");
        assertThat(retried).isEqualTo("第 1 次：计数：已应答");
        assertThat(WeComTestConfig.COUNTED).hasValue(1);
        // the outbox polls every 200 ms here (bot.outbox.poll-interval): a push would show within 4 polls
        Waits.holdsFor(Duration.ofMillis(800), () -> FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND).isEmpty());
    }

    @Test
    void aRepeatOfAnAnsweredQuestionIsNeverReleased() throws Exception {
        String msgId = nextMsgId();
        String first = openPassiveReply(postText("zhengshi", "计数：已答", msgId), null).get("Content");
        try (PoolFiller full = PoolFiller.fill(answerer.pool, false)) {
            // a retry with the queue full is a repeat: it gets the stored reply, does not touch the queue or the record
            assertThat(openPassiveReply(postText("zhengshi", "计数：已答", msgId), null).get("Content")).isEqualTo(first);
        }
        assertThat(openPassiveReply(postText("zhengshi", "计数：已答", msgId), null).get("Content")).isEqualTo(first);
        assertThat(WeComTestConfig.COUNTED).hasValue(1);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static String nextMsgId() {
        return Long.toUnsignedString(MSG_IDS.incrementAndGet() * 2); // beyond a signed long, as real MsgIds can be
    }

    static String textXml(String from, String content, String msgId) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[" + from + "]]></FromUserName>"
                + "<CreateTime>1772413200</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>" + SafeXml.cdata(content)
                + "</Content><MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
    }

    /** Checks the envelope's signature (and nonce, when given), decrypts it and returns the inner message fields. */
    Map<String, String> openPassiveReply(HttpResponse<String> r, String expectedNonce) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        Map<String, String> envelope = xml(r.body());
        String encrypt = envelope.get("Encrypt");
        assertThat(envelope.get("MsgSignature"))
                .isEqualTo(WeComSignature.sign(TOKEN, envelope.get("TimeStamp"), envelope.get("Nonce"), encrypt));
        if (expectedNonce != null) {
            assertThat(envelope.get("Nonce")).isEqualTo(expectedNonce);
        }
        return xml(cipher.decrypt(encrypt));
    }
}
