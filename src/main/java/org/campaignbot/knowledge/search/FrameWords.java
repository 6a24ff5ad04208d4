package org.campaignbot.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Spoken words that frame a question (当初, 折腾, 里头, 还要, 专门) without naming its topic, from
 * {@code lexicon/frame-words.txt}. The documents do not use them, so counted as words no document knows they made a
 * spoken paraphrase look like a question on a topic outside the knowledge base, and it was declined.
 */
final class FrameWords {
    private static final String LEXICON = "/lexicon/frame-words.txt";

    private FrameWords() {
    }

    /** The words of the list, longest first, so that 头一回 is taken out of a question before 一回. */
    static List<String> load() {
        try (InputStream in = FrameWords.class.getResourceAsStream(LEXICON)) {
            if (in == null) {
                throw new IllegalStateException("缺少口语框架词表 " + LEXICON);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(w -> w.length() >= 2 && !w.startsWith("#"))
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
