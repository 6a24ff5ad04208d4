package org.campaignbot.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Text comparison rules shared by answer checking and the bank's duplicate check. */
public final class QuizText {
    private QuizText() {
    }

    /**
     * Folds what users type differently but mean the same: full-width letters, digits and spaces (NFKC), case,
     * whitespace, and punctuation of both widths ({@code “根本途径”。} equals {@code 根本途径}).
     */
    public static String fold(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().filter(cp -> !Character.isWhitespace(cp) && !isPunctuation(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whitespace-insensitive key of a stem; two questions with the same key ask the same thing. */
    public static String stemKey(String stem) {
        String t = Normalizer.normalize(stem, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL -> cp != '+';
            default -> false;
        };
    }
}
