package org.campaignbot.channel.wecom;

import java.time.Clock;
import java.time.Duration;

/**
 * One callback endpoint's envelope: checks the signature and its age, decrypts, and seals replies. The token and key
 * are the pair entered on the WeCom admin page for that endpoint; the receive id is the CorpID (app) or "" (AI bot).
 *
 * <p>The signature covers the timestamp but WeCom sets no expiry, so a captured callback would verify for ever.
 * Refusing timestamps more than {@code maxSkew} from our clock bounds a replay to that window, and the message
 * dedupe ({@link org.campaignbot.channel.MessageDeduplicator}) remembers ids longer than it, so within the window a
 * replay is a repeat.
 */
final class WeComCodec {
    private final String token;
    private final WeComCipher cipher;
    private final Clock clock;
    private final Duration maxSkew;

    WeComCodec(String token, String encodingAesKey, String receiveId, Clock clock, Duration maxSkew) {
        this.token = token;
        this.cipher = new WeComCipher(encodingAesKey, receiveId);
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    /** The decrypted message, or a refusal: 400 for missing or undecryptable input, 403 for a forgery. */
    String open(String signature, String timestamp, String nonce, String encrypt) {
        if (blank(signature) || blank(timestamp) || blank(nonce)) {
            throw CallbackRefusal.badRequest("缺少参数 msg_signature、timestamp 或 nonce");
        }
        if (blank(encrypt)) {
            throw CallbackRefusal.badRequest("缺少加密内容");
        }
        if (!WeComSignature.matches(signature, token, timestamp, nonce, encrypt)) {
            throw CallbackRefusal.forbidden("签名校验失败：请检查企业微信后台填写的 Token 与本服务的设置是否一致");
        }
        checkAge(timestamp);
        try {
            return cipher.decrypt(encrypt);
        } catch (WeComCipher.Failure e) {
            throw e.wrongReceiver
                    ? CallbackRefusal.forbidden("消息不是发给本企业（或本机器人）的")
                    : CallbackRefusal.badRequest("消息无法解密：请检查 EncodingAESKey 设置");
        }
    }

    private void checkAge(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw CallbackRefusal.badRequest("timestamp 应为秒数");
        }
        if (Math.abs(clock.millis() / 1000 - seconds) > maxSkew.toSeconds()) {
            throw CallbackRefusal.forbidden("请求时间戳与服务器时间相差超过 " + maxSkew.toMinutes()
                    + " 分钟（bot.wecom.max-clock-skew），已拒绝：可能是重放的旧请求，或服务器时钟不准");
        }
    }

    /** URL verification (GET): the decrypted echostr, which is the whole response body. */
    String verify(CallbackRequest request) {
        return open(request.param("msg_signature"), request.param("timestamp"), request.param("nonce"),
                request.param("echostr"));
    }

    Sealed seal(String message, String timestamp, String nonce) {
        String encrypt = cipher.encrypt(message);
        return new Sealed(encrypt, WeComSignature.sign(token, timestamp, nonce, encrypt), timestamp, nonce);
    }

    /** An encrypted, signed reply, ready to be wrapped in XML (app) or JSON (AI bot). */
    record Sealed(String encrypt, String signature, String timestamp, String nonce) {
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
