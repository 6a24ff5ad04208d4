package org.campaignbot.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The word lists under {@code src/main/resources/lexicon}: one entry a line, lines starting with # are comments. */
final class Lexicon {
    private Lexicon() {
    }

    /** The list's entries, stripped, without blank and comment lines; a missing list is a packaging error. */
    static List<String> entries(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少词表 " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
