package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpResponse;
import java.util.Map;
import org.campaignbot.BotTest;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.MutableClock;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running app on a random port with every WeCom part switched on, configured with the official test vector's
 * token, key and CorpID, and pointed at {@link FakePlatform}. All WeCom integration tests extend this class and so
 * share one Spring context (and one index directory, reused between runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, "bot.knowledge.index-dir=target/test-index/wecom", "bot.knowledge.watch=false",
        "bot.outbox.poll-interval=200ms",
        "bot.wecom.corp-id=" + WeComTestBase.CORP_ID, "bot.wecom.agent-id=1000002", "bot.wecom.secret=test-secret",
        "bot.wecom.token=" + WeComTestBase.TOKEN, "bot.wecom.encoding-aes-key=" + WeComTestBase.AES_KEY,
        "bot.wecom.reply-window=1s", "bot.wecom.retry-backoff=10ms",
        "bot.wecom.aibot.token=" + WeComTestBase.TOKEN, "bot.wecom.aibot.encoding-aes-key=" + WeComTestBase.AES_KEY,
        "bot.wecom.aibot.stream-window=120s",
        "bot.wecom.robots.office.key=office-key", "bot.wecom.robots.broken.key=bad-key",
        "bot.admin.password=wecom-tests-admin"}) // the console is on: callbacks must not need its login
@Import(WeComTestConfig.class)
abstract class WeComTestBase {
    static final String TOKEN = "QDG6eK";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String CORP_ID = "wx5823bf96d3bd56c7";
    static final FakePlatform FAKE = new FakePlatform();

    @DynamicPropertySource
    static void fakeWeCom(DynamicPropertyRegistry registry) {
        registry.add("bot.wecom.api-base-url", FAKE::baseUrl);
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxDispatcher dispatcher;

    @BeforeEach
    void cleanSlate() {
        FAKE.reset();
        WeComTestConfig.reset();
        jdbc.sql("DELETE FROM outbox").update();
    }

    TestHttp http() {
        return TestHttp.to(port);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return http().get(pathAndQuery);
    }

    HttpResponse<String> post(String pathAndQuery, byte[] body, String contentType) {
        return http().send("POST", pathAndQuery, contentType, body);
    }

    /** A text message to the self-built app, encrypted and signed as WeCom sends it. */
    HttpResponse<String> postText(String from, String content, String msgId) throws Exception {
        return postInner(AppCallbackTest.textXml(from, content, msgId));
    }

    /** Any decrypted app message, encrypted and signed as WeCom sends it, to /wecom/callback. */
    HttpResponse<String> postInner(String innerXml) throws Exception {
        String encrypt = new WeComCipher(AES_KEY, CORP_ID).encrypt(innerXml);
        String nonce = java.util.UUID.randomUUID().toString().substring(0, 8);
        String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        return post("/wecom/callback?" + signedQuery(encrypt, now(), nonce), body.getBytes(UTF_8), "text/xml");
    }

    /** The timestamp WeCom would put on a callback sent now: our clock, in seconds. */
    String now() {
        return Long.toString(clock.millis() / 1000);
    }

    /**
     * Runs a published test vector at the time it was signed: callbacks further than bot.wecom.max-clock-skew from
     * our clock are refused as replays, and the vectors date from 2014 and 2024. The clock is put back afterwards.
     */
    <T> T signedAt(long epochSeconds, java.util.concurrent.Callable<T> call) throws Exception {
        java.time.Instant before = clock.instant();
        clock.set(java.time.Instant.ofEpochSecond(epochSeconds));
        try {
            return call.call();
        } finally {
            clock.set(before);
        }
    }

    /** The query string WeCom would send for this ciphertext: msg_signature, timestamp, nonce. */
    static String signedQuery(String encrypt, String timestamp, String nonce) {
        return "msg_signature=" + WeComSignature.sign(TOKEN, timestamp, nonce, encrypt)
                + "&timestamp=" + timestamp + "&nonce=" + nonce;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, UTF_8);
    }

    long outboxRows() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
    }

    static Map<String, String> xml(String body) {
        return SafeXml.parseFlat(body.getBytes(UTF_8));
    }
}
