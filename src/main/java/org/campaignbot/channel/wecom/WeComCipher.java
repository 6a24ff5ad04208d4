package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's message encryption (WXBizMsgCrypt): AES-256-CBC, IV = first 16 key bytes, plaintext
 * {@code random(16) || len(4, big-endian) || msg || receiveId}, PKCS#7-padded to a multiple of 32 bytes.
 *
 * <p>The padding is why this uses {@code NoPadding}: JCE's PKCS5Padding only accepts pad values up to 16 and throws
 * on real WeCom traffic (the official sample has pad 30), so we pad and unpad ourselves.
 */
final class WeComCipher {
    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] receiveId;

    /** @param receiveId the CorpID for a self-built app, "" for an internal intelligent robot */
    WeComCipher(String encodingAesKey, String receiveId) {
        WeComProperties.checkKey(encodingAesKey, "EncodingAESKey");
        byte[] raw = Base64.getDecoder().decode(encodingAesKey + "=");
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(raw, 0, 16);
        this.receiveId = receiveId.getBytes(UTF_8);
    }

    String encrypt(String message) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return encrypt(message, random);
    }

    /** With a given random prefix: only tests use this, to reproduce a published vector. */
    String encrypt(String message, byte[] random16) {
        byte[] msg = message.getBytes(UTF_8);
        int length = 16 + 4 + msg.length + receiveId.length;
        int pad = BLOCK - length % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(length + pad)
                .put(random16, 0, 16).putInt(msg.length).put(msg).put(receiveId);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /** Decrypts and checks the receive id. Callers verify the signature first, so this is no padding oracle. */
    String decrypt(String base64) throws Failure {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new Failure(false);
        }
        if (cipherText.length == 0 || cipherText.length % 16 != 0) {
            throw new Failure(false);
        }
        byte[] plain = run(Cipher.DECRYPT_MODE, cipherText);
        int pad = plain[plain.length - 1] & 0xff;
        int end = plain.length - pad;
        if (pad < 1 || pad > BLOCK || end < 20) {
            throw new Failure(false);
        }
        int msgLength = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (msgLength < 0 || msgLength > end - 20) {
            throw new Failure(false);
        }
        byte[] id = Arrays.copyOfRange(plain, 20 + msgLength, end);
        if (!MessageDigest.isEqual(id, receiveId)) {
            throw new Failure(true);
        }
        return new String(plain, 20, msgLength, UTF_8);
    }

    private byte[] run(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC unavailable", e); // JDK 17 always has it
        }
    }

    /** Undecryptable input; {@code wrongReceiver} when it decrypted but was meant for another corp or bot. */
    static final class Failure extends Exception {
        final boolean wrongReceiver;

        Failure(boolean wrongReceiver) {
            super(wrongReceiver ? "receive id mismatch" : "undecryptable", null, false, false);
            this.wrongReceiver = wrongReceiver;
        }
    }
}
