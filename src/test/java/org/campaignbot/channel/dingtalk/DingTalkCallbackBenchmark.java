package org.campaignbot.channel.dingtalk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Signed callbacks per second, and the time from posting a callback to its answer arriving at the (fake)
 * sessionWebhook, with 8 concurrent clients asking gold-set questions (extractive answers, no LLM). Each client
 * behaves like a person: asks, waits for the answer, asks again. Each request is its own one-to-one chat, so the
 * per-group rate limit does not enter. Loopback only; bounded in count (8 × 60 questions after a warm-up).
 *
 * <p>Run: {@code ./mvnw -q -B test -Dtest=DingTalkCallbackBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DingTalkCallbackBenchmark extends DingTalkAppTestBase {
    private static final int CLIENTS = 8;
    private static final int PER_CLIENT = 60;
    private static final int WARM_UP = 40;

    private record Sample(long startNanos, long ackNanos, long answerNanos) {
    }

    @Test
    void signedCallbacksToSessionWebhook() throws Exception {
        List<String> questions = Files.readAllLines(Path.of("src/test/resources/gold/questions.tsv"),
                        StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        run(questions, 1, WARM_UP); // JIT, connection pools, first Lucene searches

        System.out.printf("%nDingTalkCallbackBenchmark (extractive answers, %d cores)%n",
                Runtime.getRuntime().availableProcessors());
        measure(questions, 1);
        measure(questions, CLIENTS);
    }

    private void measure(List<String> questions, int clients) throws Exception {
        long begin = System.nanoTime();
        List<Sample> samples = run(questions, clients, PER_CLIENT);
        long end = System.nanoTime();
        List<Long> acks = new ArrayList<>();
        List<Long> deliveries = new ArrayList<>();
        for (Sample s : samples) {
            acks.add(s.ackNanos() - s.startNanos());
            deliveries.add(s.answerNanos() - s.startNanos());
        }
        System.out.printf("  %d client(s), %d signed callbacks: %.0f answered per second%n", clients, samples.size(),
                samples.size() / seconds(end - begin));
        System.out.printf("    ack (HTTP 200)           p50 %6.1f ms   p99 %6.1f ms%n", ms(pct(acks, 50)),
                ms(pct(acks, 99)));
        System.out.printf("    answer at sessionWebhook p50 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n",
                ms(pct(deliveries, 50)), ms(pct(deliveries, 99)), ms(pct(deliveries, 100)));
    }

    private List<Sample> run(List<String> questions, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Sample> mine = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    String session = unique("bench");
                    String question = questions.get((client * perClient + i) % questions.size());
                    long start = System.nanoTime();
                    var response = postSigned(message(unique("m"), false, "staff-" + client, question, session));
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("callback refused: " + response.body());
                    }
                    long ack = System.nanoTime();
                    long answered = FAKE.arrival(session).get(30, TimeUnit.SECONDS); // a user waits for the answer
                    mine.add(new Sample(start, ack, answered));
                }
                return mine;
            }));
        }
        List<Sample> all = new ArrayList<>();
        for (Future<List<Sample>> f : futures) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return all;
    }

    private static long pct(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
