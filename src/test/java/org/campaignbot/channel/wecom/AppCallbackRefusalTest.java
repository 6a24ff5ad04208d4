package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.campaignbot.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile or broken callbacks: each is refused with a 4xx and a JSON error that echoes nothing decrypted and holds
 * no stack trace, and afterwards nothing reached the core, nothing was sent and nothing was queued.
 */
class AppCallbackRefusalTest extends WeComTestBase {
    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <xml><ToUserName>&xxe;</ToUserName><Encrypt><![CDATA[abc]]></Encrypt></xml>""";
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>
            <xml><Encrypt>&lol9;</Encrypt></xml>""";

    private final WeComCipher cipher = new WeComCipher(AES_KEY, CORP_ID);

    @AfterEach
    void nothingReachedTheCoreNorWasSent() {
        // refusals are answered before anything is queued; a wrongly accepted "计数" would reach the core (an
        // instant test command) within milliseconds, and its push the outbox within one 200 ms poll
        Waits.holdsFor(Duration.ofMillis(300), () -> {
            assertThat(WeComTestConfig.SEEN).isEmpty();
            assertThat(FAKE.calls()).isEmpty();
            assertThat(outboxRows()).isZero();
        });
    }

    @Test
    void aTamperedSignatureIsForbidden() throws Exception {
        String encrypt = cipher.encrypt(AppCallbackTest.textXml("zhangsan", "计数", AppCallbackTest.nextMsgId()));
        String query = signedQuery(encrypt, now(), "n1");
        String sig = query.substring("msg_signature=".length(), "msg_signature=".length() + 40);
        String tampered = query.replace(sig, (sig.charAt(0) == 'a' ? "b" : "a") + sig.substring(1));
        assertRefused(post("/wecom/callback?" + tampered, envelope(encrypt), "text/xml"), 403, "签名");
        // the right signature for different content is just as wrong
        assertRefused(post("/wecom/callback?" + signedQuery(encrypt + "x", now(), "n1"), envelope(encrypt),
                "text/xml"), 403, "签名");
    }

    /**
     * A captured callback still verifies a day later (the signature covers the timestamp, but WeCom sets no expiry):
     * refused once the timestamp is further than bot.wecom.max-clock-skew (10 minutes here) from our clock, in
     * either direction, on both callback URLs and for the URL verification too.
     */
    @Test
    void aCorrectlySignedCallbackWithAnOldOrFutureTimestampIsARefusedReplay() throws Exception {
        long now = Long.parseLong(now());
        for (long timestamp : new long[] {now - 86_400, now - 11 * 60, now + 86_400}) {
            String encrypt = cipher.encrypt(AppCallbackTest.textXml("zhangsan", "计数", AppCallbackTest.nextMsgId()));
            assertRefused(post("/wecom/callback?" + signedQuery(encrypt, Long.toString(timestamp), "n1"),
                    envelope(encrypt), "text/xml"), 403, "bot.wecom.max-clock-skew");
            String aibot = new WeComCipher(AES_KEY, "").encrypt(
                    "{\"msgid\":\"" + AppCallbackTest.nextMsgId() + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"计数\"},\"from\":{\"userid\":\"u1\"}}");
            assertRefused(post("/wecom/aibot/callback?" + signedQuery(aibot, Long.toString(timestamp), "n1"),
                    ("{\"encrypt\":\"" + aibot + "\"}").getBytes(UTF_8), "application/json"), 403, "重放");
            String echostr = cipher.encrypt("12345");
            assertRefused(get("/wecom/callback?" + signedQuery(echostr, Long.toString(timestamp), "n2") + "&echostr="
                    + enc(echostr)), 403, "时间戳");
        }
        assertRefused(post("/wecom/callback?" + signedQuery("abc", "yesterday", "n"), envelope("abc"), "text/xml"),
                400, "timestamp");
    }

    @Test
    void aVerificationWithABadSignatureIsForbidden() throws Exception {
        String echostr = cipher.encrypt("12345");
        String query = signedQuery(echostr, now(), "n2").replace("timestamp=" + now(), "timestamp=" + (Long.parseLong(now()) + 1));
        assertRefused(get("/wecom/callback?" + query + "&echostr=" + enc(echostr)), 403, "签名");
    }

    @Test
    void anExternalEntityIsRefused() throws Exception {
        HttpResponse<String> r = post("/wecom/callback?" + signedQuery("abc", now(), "n"), XXE.getBytes(UTF_8), "text/xml");
        assertRefused(r, 400, "DOCTYPE");
        assertThat(r.body()).doesNotContain("root:");
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        assertRefused(post("/wecom/callback?" + signedQuery("abc", now(), "n"), BILLION_LAUGHS.getBytes(UTF_8), "text/xml"),
                400, "DOCTYPE");
    }

    @Test
    void aDoctypeInsideTheEncryptedMessageIsRefusedToo() throws Exception {
        String inner = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<xml><FromUserName>&xxe;</FromUserName><MsgType>text</MsgType><Content>hi</Content><MsgId>1</MsgId></xml>";
        String encrypt = cipher.encrypt(inner);
        assertRefused(post("/wecom/callback?" + signedQuery(encrypt, now(), "n"), envelope(encrypt), "text/xml"), 400, "DOCTYPE");
    }

    @Test
    void garbageBodiesAreBadRequests() throws Exception {
        byte[] noise = new byte[3000];
        ThreadLocalRandom.current().nextBytes(noise);
        assertRefused(post("/wecom/callback?" + signedQuery("abc", now(), "n"), noise, "text/xml"), 400, "XML");
        assertRefused(post("/wecom/callback?" + signedQuery("abc", now(), "n"), new byte[0], "text/xml"), 400, "XML");
        assertRefused(post("/wecom/callback?" + signedQuery("abc", now(), "n"), "{\"encrypt\":\"abc\"}".getBytes(UTF_8),
                "application/json"), 400, "XML");
        assertRefused(post("/wecom/callback?" + signedQuery("abc", now(), "n"), "<other><Encrypt>abc</Encrypt></other>"
                .getBytes(UTF_8), "text/xml"), 400, "根元素");
    }

    @Test
    void correctlySignedButUndecryptableIsABadRequest() throws Exception {
        String junk = "SGVsbG8gV29ybGQhIFRoaXMgaXMgbm90IEFFUw==";
        assertRefused(post("/wecom/callback?" + signedQuery(junk, now(), "n"), envelope(junk), "text/xml"), 400, "解密");
    }

    @Test
    void aMessageForAnotherCorpIsForbidden() throws Exception {
        String encrypt = new WeComCipher(AES_KEY, "wwOtherCorp0001").encrypt(
                AppCallbackTest.textXml("zhangsan", "计数", AppCallbackTest.nextMsgId()));
        HttpResponse<String> r = post("/wecom/callback?" + signedQuery(encrypt, now(), "n"), envelope(encrypt), "text/xml");
        assertRefused(r, 403, "不是发给本企业");
        assertThat(r.body()).doesNotContain("zhangsan").doesNotContain("计数");
    }

    @Test
    void missingParametersAreBadRequests() throws Exception {
        String encrypt = cipher.encrypt(AppCallbackTest.textXml("zhangsan", "计数", AppCallbackTest.nextMsgId()));
        assertRefused(post("/wecom/callback", envelope(encrypt), "text/xml"), 400, "缺少参数");
        assertRefused(get("/wecom/callback?msg_signature=x&timestamp=1&nonce=2"), 400, "缺少");
    }

    @Test
    void aBodyOver64KbIsRefusedWithOrWithoutContentLength() throws Exception {
        byte[] big = ("<xml><Encrypt>" + "A".repeat(70 * 1024) + "</Encrypt></xml>").getBytes(UTF_8);
        assertRefused(post("/wecom/callback?" + signedQuery("A", now(), "n"), big, "text/xml"), 400, "64 KB");
        HttpResponse<String> chunked = http().send(
                http().request("POST", "/wecom/callback?" + signedQuery("A", now(), "n"), "text/xml", null)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertRefused(chunked, 400, "64 KB");
    }

    static void assertRefused(HttpResponse<String> r, int status, String reason) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(r.body()).startsWith("{\"error\":").contains(reason)
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.");
    }

    private static byte[] envelope(String encrypt) {
        return ("<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>").getBytes(UTF_8);
    }
}
