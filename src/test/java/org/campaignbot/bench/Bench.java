package org.campaignbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What the channel benchmarks share: the gold-set questions as load, and latency percentiles. */
public final class Bench {
    private Bench() {
    }

    /** The questions of {@code gold/questions.tsv}, in order. */
    public static List<String> goldQuestions() throws IOException {
        try (InputStream in = Bench.class.getResourceAsStream("/gold/questions.tsv")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t")[0].strip());
                }
            }
            return out;
        }
    }

    /** The q-quantile (0.5, 0.99) of sorted nanosecond latencies, in milliseconds. */
    public static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
