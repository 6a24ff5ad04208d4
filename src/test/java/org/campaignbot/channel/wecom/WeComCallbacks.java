package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;
import java.util.UUID;

/**
 * WeCom app callbacks as WeCom sends them, for tests outside this package (several instances): a text message
 * encrypted and signed with the official test vector's key and token, and the passive reply opened again.
 */
public final class WeComCallbacks {
    public static final String TOKEN = WeComTestBase.TOKEN;
    public static final String AES_KEY = WeComTestBase.AES_KEY;
    public static final String CORP_ID = WeComTestBase.CORP_ID;
    private final WeComCipher cipher = new WeComCipher(AES_KEY, CORP_ID);

    /** A signed, encrypted text callback: the path with its query, and the XML body. */
    public record Callback(String pathAndQuery, byte[] body) {
    }

    public Callback text(String from, String content, String msgId, long epochSeconds) {
        String encrypt = cipher.encrypt(AppCallbackTest.textXml(from, content, msgId));
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        return new Callback("/wecom/callback?" + WeComTestBase.signedQuery(encrypt, Long.toString(epochSeconds), nonce),
                body.getBytes(UTF_8));
    }

    /** The text of a passive reply, or null when the body is not an encrypted reply ("success", empty). */
    public String replyContent(String responseBody) throws Exception {
        if (!responseBody.contains("<Encrypt>")) {
            return null;
        }
        Map<String, String> envelope = SafeXml.parseFlat(responseBody.getBytes(UTF_8));
        return SafeXml.parseFlat(cipher.decrypt(envelope.get("Encrypt")).getBytes(UTF_8)).get("Content");
    }
}
