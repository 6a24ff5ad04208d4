package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.campaignbot.bench.Bench;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: a load program. 8 clients post encrypted, signed questions (the gold-set questions, each with a new
 * MsgId) to /wecom/callback for about 20 s, and decrypt and check every passive reply. Prints round trips per second
 * and latency percentiles, next to the core's own time per question and the channel's cost with instant answers,
 * so a slow number can be placed. Run with
 * {@code ./mvnw -q -B test -Dtest=WeComCallbackBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.seconds=N -Dbench.clients=N} to change the load).
 */
class WeComCallbackBenchmark extends WeComTestBase {
    private static final AtomicLong MSG_IDS = new AtomicLong(9_000_000_000_000_000_000L);

    @Autowired
    ConversationService conversation;

    @Test
    void encryptedRoundTrips() throws Exception {
        int clients = Integer.getInteger("bench.clients", 8);
        int seconds = Integer.getInteger("bench.seconds", 20);
        List<String> gold = Bench.goldQuestions();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        WeComCipher cipher = new WeComCipher(AES_KEY, CORP_ID);

        phase("warm-up", clients, 3, gold, cipher, http);
        long coreStart = System.nanoTime();
        for (String q : gold) {
            conversation.handle(IncomingMessage.direct("web", "bench-core", "", q));
        }
        double coreMs = (System.nanoTime() - coreStart) / 1e6 / gold.size();
        System.out.printf("%nCore alone (ConversationService.handle, 1 thread, no HTTP): %.1f ms per gold question%n", coreMs);
        // "计数…" is answered by a test command at once: what the channel itself costs (HTTP, AES, SHA-1, XML, dedupe)
        phase("channel only (instant answers)", clients, Math.max(5, seconds / 2), List.of("计数"), cipher, http);
        phase("extractive answers (gold questions)", clients, seconds, gold, cipher, http);
    }

    private void phase(String name, int clients, int seconds, List<String> questions, WeComCipher cipher,
                       HttpClient http) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger passive = new AtomicInteger();
        long started = System.nanoTime();
        run(clients, seconds, questions, cipher, http, latencies, failures, passive);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("WeComCallbackBenchmark [%s]: %d clients, %.1f s, %d encrypted round trips (%d answered passively), %d failures%n",
                name, clients, elapsed, sorted.length, passive.get(), failures.get());
        System.out.printf("  throughput %.1f round trips/s   latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                sorted.length / elapsed, Bench.ms(sorted, 0.50), Bench.ms(sorted, 0.90), Bench.ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        assertThat(failures).hasValue(0);
    }

    private void run(int clients, int seconds, List<String> questions, WeComCipher cipher, HttpClient http,
                     ConcurrentLinkedQueue<Long> latencies, AtomicInteger failures, AtomicInteger passive)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    String question = questions.get(i++ % questions.size());
                    long t0 = System.nanoTime();
                    try {
                        boolean answered = roundTrip(http, cipher, "bench" + client, question);
                        latencies.add(System.nanoTime() - t0);
                        if (answered) {
                            passive.incrementAndGet();
                        }
                    } catch (Exception | AssertionError e) {
                        failures.incrementAndGet();
                    }
                }
                done.countDown();
            }, "bench-client-" + c).start();
        }
        done.await();
    }

    /** One question: encrypt, sign, post; then check the reply's signature, decrypt it and check its content. */
    private boolean roundTrip(HttpClient http, WeComCipher cipher, String user, String question) throws Exception {
        String msgId = Long.toUnsignedString(MSG_IDS.incrementAndGet() * 2);
        String encrypt = cipher.encrypt(AppCallbackTest.textXml(user, question, msgId));
        String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/wecom/callback?" + signedQuery(encrypt, now(), msgId)))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        if (r.body().isEmpty()) {
            return false; // slower than the reply window: acknowledged, answer pushed later
        }
        Map<String, String> envelope = xml(r.body());
        assertThat(envelope.get("MsgSignature")).isEqualTo(WeComSignature.sign(TOKEN, envelope.get("TimeStamp"),
                envelope.get("Nonce"), envelope.get("Encrypt")));
        assertThat(xml(cipher.decrypt(envelope.get("Encrypt"))).get("Content")).isNotBlank();
        return true;
    }
}
