package org.campaignbot.common;

/**
 * Full-width letters, digits and punctuation (ＡＢＣ１２３％：) to their ASCII forms, and the ideographic space to a
 * plain space: people type either, often mixed, and Chinese input methods default to full width.
 */
public final class HalfWidth {
    private HalfWidth() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (alreadyHalfWidth(text)) {
            return text; // the usual case, called many times per question: no copy
        }
        var sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isFullWidth(c)) {
                sb.append((char) (c - 0xFEE0));
            } else if (isWideSpace(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean alreadyHalfWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isFullWidth(text.charAt(i)) || isWideSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFullWidth(char c) {
        return c >= '\uFF01' && c <= '\uFF5E';
    }

    private static boolean isWideSpace(char c) {
        return c == '\u3000' || c == '\u00A0';
    }
}
