package org.campaignbot.channel.wecom;

/**
 * One callback endpoint's envelope: checks the signature, decrypts, and seals replies. The token and key are the
 * pair entered on the WeCom admin page for that endpoint; the receive id is the CorpID (app) or "" (AI bot).
 */
final class WeComCodec {
    private final String token;
    private final WeComCipher cipher;

    WeComCodec(String token, String encodingAesKey, String receiveId) {
        this.token = token;
        this.cipher = new WeComCipher(encodingAesKey, receiveId);
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
        try {
            return cipher.decrypt(encrypt);
        } catch (WeComCipher.Failure e) {
            throw e.wrongReceiver
                    ? CallbackRefusal.forbidden("消息不是发给本企业（或本机器人）的")
                    : CallbackRefusal.badRequest("消息无法解密：请检查 EncodingAESKey 设置");
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
