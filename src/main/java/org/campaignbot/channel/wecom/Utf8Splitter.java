package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into parts of at most {@code maxBytes} UTF-8 bytes (WeCom truncates text at 2,048 bytes). It breaks
 * between paragraphs where it can, else between lines, else after a sentence end (full-width or ASCII), and only
 * as a last resort inside a sentence, always on a code-point boundary so no character is cut.
 * Joining the parts with their break ("\n\n" between paragraphs) gives the input back, with runs of blank lines
 * between paragraphs reduced to one.
 */
final class Utf8Splitter {
    private static final Pattern[] LEVELS = {
            Pattern.compile("\n[ \t\u3000]*\n\\s*"),           // paragraphs
            Pattern.compile("\n"),                             // lines
            Pattern.compile("(?<=[。！？；!?;…])")};             // sentences, keeping the punctuation
    private static final String[] JOINERS = {"\n\n", "\n", ""};

    private Utf8Splitter() {
    }

    static List<String> split(String text, int maxBytes) {
        if (maxBytes < 4) {
            throw new IllegalArgumentException("maxBytes must fit any character");
        }
        String stripped = text.replace("\r\n", "\n").strip();
        return stripped.isEmpty() ? List.of() : pack(stripped, 0, maxBytes);
    }

    private static int bytes(String s) {
        return s.getBytes(UTF_8).length;
    }

    private static List<String> pack(String text, int level, int max) {
        if (bytes(text) <= max) {
            return List.of(text);
        }
        if (level == LEVELS.length) {
            return hardSplit(text, max);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentBytes = 0;
        int joinerBytes = bytes(JOINERS[level]);
        for (String piece : LEVELS[level].split(text)) {
            int pieceBytes = bytes(piece);
            if (pieceBytes > max) {
                flush(out, current);
                currentBytes = 0;
                out.addAll(pack(piece, level + 1, max));
            } else if (current.isEmpty()) {
                current.append(piece);
                currentBytes = pieceBytes;
            } else if (currentBytes + joinerBytes + pieceBytes <= max) {
                current.append(JOINERS[level]).append(piece);
                currentBytes += joinerBytes + pieceBytes;
            } else {
                flush(out, current);
                current.append(piece);
                currentBytes = pieceBytes;
            }
        }
        flush(out, current);
        return out;
    }

    /** A sentence longer than the limit: cut between code points, so a surrogate pair stays whole. */
    private static List<String> hardSplit(String text, int max) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + size > max) {
                out.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += size;
            i += Character.charCount(cp);
        }
        out.add(text.substring(start));
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (!current.isEmpty()) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
