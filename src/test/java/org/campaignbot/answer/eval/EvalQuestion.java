package org.campaignbot.answer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation question (src/test/resources/eval, format in its README).
 *
 * @param expected what the reply must contain: every inner list is one requirement, met by any of its alternatives
 * @param source   a phrase of the passage that answers it, for retrieval at rank 1; "" when no single passage does
 * @param follows  the id of the earlier question of the same conversation, or ""
 */
record EvalQuestion(String id, String category, String question, List<List<String>> expected, String source,
                    String follows) {

    boolean offTopic() {
        return category.equals("offtopic");
    }

    static List<EvalQuestion> load(String resource) throws IOException {
        try (var in = Objects.requireNonNull(EvalQuestion.class.getResourceAsStream(resource), resource)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Questions from a file in the same format, header line first (a new batch, before it joins the set). */
    static List<EvalQuestion> load(java.nio.file.Path file) throws IOException {
        return parse(java.nio.file.Files.readString(file));
    }

    private static List<EvalQuestion> parse(String tsv) {
        List<EvalQuestion> out = new ArrayList<>();
        List<String> lines = tsv.lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<List<String>> expected = f[3].strip().equals("-") ? List.of()
                    : Arrays.stream(f[3].split("\\|")).map(r -> Arrays.stream(r.split("/")).map(String::strip).toList()).toList();
            out.add(new EvalQuestion(f[0].strip(), f[1].strip(), f[2].strip(), expected, f[4].strip(), f[5].strip()));
        }
        return out;
    }
}
