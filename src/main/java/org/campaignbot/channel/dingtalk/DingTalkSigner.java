package org.campaignbot.channel.dingtalk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's one signature, used both ways: Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)).
 * Incoming callbacks carry it raw in the {@code sign} header; custom-robot pushes put it in the query string, where
 * it must be URL-encoded exactly once (forgetting breaks every sign with {@code + / =}, encoding twice breaks too).
 */
public final class DingTalkSigner {
    private DingTalkSigner() {
    }

    public static String sign(String timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e); // every JDK has it
        }
    }

    /** The form for a query string, already encoded: append it as is, do not encode it again. */
    public static String urlEncodedSign(String timestamp, String secret) {
        return URLEncoder.encode(sign(timestamp, secret), StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so response timing does not leak how much of a forged sign was right. */
    public static boolean verify(String timestamp, String sign, String secret) {
        if (timestamp == null || sign == null) {
            return false;
        }
        byte[] expected = sign(timestamp, secret).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, sign.getBytes(StandardCharsets.UTF_8));
    }
}
