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
        return sha1Hex(String.join("", parts));
    }

    static String sha1Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(UTF_8)));
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
