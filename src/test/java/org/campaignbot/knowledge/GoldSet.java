package org.campaignbot.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The gold questions (src/test/resources/gold): how cadres ask, and a phrase only the answering passage contains. */
public final class GoldSet {
    private GoldSet() {
    }

    public record Gold(String question, String phrase) {
    }

    public static List<Gold> questions() throws IOException {
        return lines("/gold/questions.tsv").stream().map(l -> l.split("\t"))
                .map(p -> new Gold(p[0].strip(), p[1].strip())).toList();
    }

    public static List<String> offTopic() throws IOException {
        return lines("/gold/off-topic.txt");
    }

    private static List<String> lines(String resource) throws IOException {
        try (var in = Objects.requireNonNull(GoldSet.class.getResourceAsStream(resource))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
