package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * With the office console switched on (Spring Security in front of /admin and /api/admin), WeCom's callbacks are
 * still answered as before: no login, no session cookie, no CSRF token; their own signature is the check.
 */
class WeComCallbacksOutsideLoginTest extends WeComTestBase {

    @Test
    void urlVerificationAndMessagesNeedNoLoginWhileTheConsoleDoes() throws Exception {
        assertThat(get("/admin").statusCode()).isEqualTo(302); // the console is on and wants a login

        HttpResponse<String> verify = signedAt(1409659589, () -> get("/wecom/callback?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3"
                + "&timestamp=1409659589&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D"));
        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(verify.body()).isEqualTo("1616140317555161061");

        // a message of its own (the official vector's MsgId would count as a repeat for the other tests)
        String encrypt = new WeComCipher(AES_KEY, CORP_ID).encrypt(
                AppCallbackTest.textXml("outside-login", "帮助", AppCallbackTest.nextMsgId()));
        String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        HttpResponse<String> message = post("/wecom/callback?" + signedQuery(encrypt, now(), "n0nce1"), body.getBytes(UTF_8), "text/xml");
        assertThat(message.statusCode()).isEqualTo(200);
        assertThat(message.body()).contains("<Encrypt>");
        assertThat(message.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(WeComTestConfig.SEEN).anySatisfy(m -> assertThat(m.userId()).isEqualTo("outside-login"));

        var forged = post("/wecom/callback?msg_signature=0000&timestamp=" + now() + "&nonce=1", body.getBytes(UTF_8), "text/xml");
        assertThat(forged.statusCode()).isBetween(400, 499); // the signature check still refuses, not the login
        assertThat(forged.headers().firstValue("Location")).isEmpty();
    }
}
