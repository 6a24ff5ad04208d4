package org.campaignbot.channel.wecom.longconn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.BotTest;
import org.campaignbot.bench.Bench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Not a test: a load program. 8 group chats (bench.clients) ask the gold-set questions through the fake WeCom
 * long-connection server, each waiting for its finished stream reply before asking the next, for about 20 s
 * (bench.seconds). Prints answered questions per second and the latency percentiles from the callback frame leaving
 * the fake server to the finished reply arriving back, through the whole pipeline (dedupe, inbox, queue, core). Run
 * with {@code ./mvnw -q -B test -Dtest=LongConnectionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = {
        BotTest.DB, "bot.knowledge.index-dir=target/test-index/wecom-longconn-bench", "bot.knowledge.watch=false",
        "bot.wecom.aibot.long-connection.enabled=true",
        "bot.wecom.aibot.long-connection.bot-id=" + FakeLongConnectionServer.BOT_ID,
        "bot.wecom.aibot.long-connection.secret=" + FakeLongConnectionServer.SECRET})
class LongConnectionBenchmark {
    static final FakeLongConnectionServer FAKE = new FakeLongConnectionServer();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void fake(DynamicPropertyRegistry registry) {
        registry.add("bot.wecom.aibot.long-connection.url", FAKE::url);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Autowired
    LongConnectionHealth health;

    @Test
    void eightChatsAtOnce() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(health::connected);
        int chats = Integer.getInteger("bench.clients", 8);
        int seconds = Integer.getInteger("bench.seconds", 20);
        List<String> gold = Bench.goldQuestions();
        phase("warm-up", chats, 3, gold);
        phase("extractive answers (gold questions)", chats, seconds, gold);
    }

    private void phase(String name, int chats, int seconds, List<String> questions) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(chats);
        for (int c = 0; c < chats; c++) {
            int chat = c;
            new Thread(() -> {
                int i = chat;
                while (System.nanoTime() < end) {
                    String reqId = "bench-" + UUID.randomUUID();
                    var finished = FAKE.finishedReplyTo(reqId);
                    long t0 = System.nanoTime();
                    FAKE.push(FakeLongConnectionServer.callback("aibot_msg_callback", reqId,
                            question("chat-" + chat, "@助手 " + questions.get(i++ % questions.size()))));
                    try {
                        String content = finished.get(30, TimeUnit.SECONDS).json().path("body").path("stream")
                                .path("content").asString("");
                        latencies.add(System.nanoTime() - t0);
                        if (content.isBlank()) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                done.countDown();
            }, "bench-chat-" + c).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("LongConnectionBenchmark [%s]: %d chats, %.1f s, %d questions answered, %d failures%n",
                name, chats, elapsed, sorted.length, failures.get());
        System.out.printf("  throughput %.1f answered/s   latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                sorted.length / elapsed, Bench.ms(sorted, 0.50), Bench.ms(sorted, 0.90), Bench.ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        assertThat(failures).hasValue(0);
    }

    private static ObjectNode question(String chatId, String text) {
        ObjectNode body = JSON.createObjectNode().put("msgid", UUID.randomUUID().toString())
                .put("aibotid", FakeLongConnectionServer.BOT_ID).put("chatid", chatId).put("chattype", "group")
                .put("msgtype", "text");
        body.putObject("from").put("userid", "user-" + chatId);
        body.putObject("text").put("content", text);
        return body;
    }
}
