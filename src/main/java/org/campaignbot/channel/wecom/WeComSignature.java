package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** {@code msg_signature = hex(sha1(concat(sort(token, timestamp, nonce, encrypt))))}. */
final class WeComSignature {
    private WeComSignature() {
    }

    static String sign(String token, String timestamp, String nonce, String encrypt) {
        String[] parts = {token, timestamp, nonce, encrypt};
        Arrays.sort(parts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(String.join("", parts).getBytes(UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant time, so the comparison leaks nothing about how much of a forged signature was right. */
    static boolean matches(String signature, String token, String timestamp, String nonce, String encrypt) {
        String expected = sign(token, timestamp, nonce, encrypt);
        return MessageDigest.isEqual(expected.getBytes(UTF_8), signature.strip().toLowerCase().getBytes(UTF_8));
    }
}
