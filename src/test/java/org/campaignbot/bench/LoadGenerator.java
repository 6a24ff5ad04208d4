package org.campaignbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Closed-loop load on loopback: {@code clients} threads each send a request, wait for the answer, send the next,
 * for {@code duration}. Bounded in time and aimed only at a local server. Reused by the benchmarks of each feature.
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public record Result(String name, int requests, int errors, double seconds, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format("%-28s %6d requests  %6.1f req/s  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  errors %d",
                    name, requests, requests / seconds, p50, p99, max, errors);
        }
    }

    /** @param request builds the i-th request (i counts up across all clients) */
    public static Result run(String name, int clients, Duration duration, IntFunction<HttpRequest> request)
            throws Exception {
        if (!request.apply(0).uri().getHost().matches("127\\.0\\.0\\.1|localhost|\\[::1]")) {
            throw new IllegalArgumentException("benchmarks only load loopback servers");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger counter = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request.apply(counter.getAndIncrement()),
                            HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(name, all.size(), errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99),
                all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6);
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    public static URI uri(String base, String path) {
        return URI.create(base + path);
    }
}
