package org.campaignbot.cluster;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.CampaignBotApplication;
import org.campaignbot.channel.Channel;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.TargetKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: prints outbox throughput — pushes per second from the outbox table to a local fake robot that has no
 * rate limit — for one instance on H2 (the default), one instance on PostgreSQL, and two instances on one PostgreSQL
 * database dispatching at the same time. Each instance sends with one thread, as its scheduled dispatcher does.
 * Needs the PostgreSQL of {@code .ci/setup/30-postgresql.sh} for the PostgreSQL rows. Run with
 * {@code ./mvnw -q -B test -Dtest=OutboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class OutboxBenchmark {
    static final int PUSHES = Integer.getInteger("bench.pushes", 3000);
    static FakeRobot robot;

    /**
     * A robot endpoint that answers errcode 0 at once and counts distinct messages. The JDK's server with
     * TCP_NODELAY: MockWebServer, and the JDK server without it, write the response headers and body separately, and
     * each small POST then waited ~40 ms for a delayed TCP acknowledgement on loopback (measured: 47 ms a request),
     * which measured the fake, not the outbox.
     */
    static final class FakeRobot implements AutoCloseable {
        final HttpServer server;
        final Set<String> bodies = ConcurrentHashMap.newKeySet();
        final AtomicInteger requests = new AtomicInteger();

        FakeRobot() throws IOException {
            System.setProperty("sun.net.httpserver.nodelay", "true"); // read when the first server is created
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                requests.incrementAndGet();
                byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
                exchange.close();
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/robot/send");
        }

        void clear() {
            bodies.clear();
            requests.set(0);
        }

        @Override
        public void close() {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    /** A "bench" channel: one JSON POST per push to the fake robot, errcode checked, no rate limit. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BenchChannel {
        @Bean
        Channel benchChannel() {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            return new Channel() {
                @Override
                public String name() {
                    return "bench";
                }

                @Override
                public void send(OutboundTarget target, OutboundMessage message) throws DeliveryException {
                    String json = "{\"msgtype\":\"text\",\"chat\":\"" + target.id() + "\",\"text\":{\"content\":\"" + message.text() + "\"}}";
                    try {
                        var response = http.send(HttpRequest.newBuilder(robot.uri()).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().contains("\"errcode\":0")) {
                            throw DeliveryException.transientFailure("HTTP " + response.statusCode());
                        }
                    } catch (IOException e) {
                        throw DeliveryException.transientFailure(e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw DeliveryException.transientFailure("interrupted");
                    }
                }
            };
        }
    }

    @Test
    void printThroughput() throws Exception {
        try (var fake = new FakeRobot()) {
            robot = fake;
            Path dir = Files.createDirectories(Path.of("target/benchmark", UUID.randomUUID().toString()));
            Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
            System.out.printf("发件箱吞吐量（%d 条推送，本机假机器人，不限流）%n", PUSHES);
            try (var h2 = start("jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench-db"), "sa", "", knowledge)) {
                run(null, List.of(h2), 500); // warm-up: the JIT, pools and caches, so the first row measured is not the slowest
                run("H2，1 个实例", List.of(h2), PUSHES);
            }
            if (System.getenv("BOT_TEST_PG_URL") == null) {
                System.out.println("PostgreSQL：未设置 BOT_TEST_PG_URL，跳过（先 source .ci/setup/30-postgresql.sh）");
                return;
            }
            String url = PostgresSchemas.freshSchemaUrl();
            try (var one = start(url, PostgresSchemas.user(), PostgresSchemas.password(), knowledge)) {
                run("PostgreSQL，1 个实例", List.of(one), PUSHES);
                try (var two = start(url, PostgresSchemas.user(), PostgresSchemas.password(), knowledge)) {
                    run("PostgreSQL，2 个实例", List.of(one, two), PUSHES);
                }
            }
        }
    }

    private static void run(String label, List<ConfigurableApplicationContext> instances, int pushes) throws Exception {
        JdbcClient db = instances.get(0).getBean(JdbcClient.class);
        db.sql("DELETE FROM outbox").update();
        robot.clear();
        Outbox outbox = instances.get(0).getBean(Outbox.class);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < pushes; i++) { // spread over 50 groups, as reminders are
            outbox.enqueue("bench:" + run + ":" + i, new OutboundTarget("bench", TargetKind.CHAT, "group-" + (i % 50)),
                    OutboundMessage.text("【督办提醒】基准测试第 " + i + " 条"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        long start = System.nanoTime();
        List<Future<Integer>> sent = new ArrayList<>();
        for (var app : instances) {
            OutboxDispatcher dispatcher = app.getBean(OutboxDispatcher.class);
            sent.add(pool.submit(() -> {
                int n = 0;
                for (int s = dispatcher.dispatchDue(100); s > 0; s = dispatcher.dispatchDue(100)) {
                    n += s;
                }
                return n;
            }));
        }
        List<Integer> perInstance = new ArrayList<>();
        for (var f : sent) {
            perInstance.add(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int total = perInstance.stream().mapToInt(Integer::intValue).sum();
        if (label == null) {
            return;
        }
        System.out.printf("%-20s %6d 条 %6.2f 秒 %8.0f 条/秒  各实例 %s  机器人收到 %d 条（不重复 %d）%n", label, total, seconds,
                total / seconds, perInstance, robot.requests.get(), robot.bodies.size());
    }

    private static ConfigurableApplicationContext start(String url, String user, String password, Path knowledge) {
        return new SpringApplicationBuilder(CampaignBotApplication.class, BenchChannel.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--bot.knowledge.dir=" + knowledge, "--bot.knowledge.watch=false",
                "--bot.knowledge.index-dir=target/test-index/" + UUID.randomUUID(), "--bot.quiz.generate-on-start=false",
                "--server.port=0", "--bot.backup.enabled=false", "--bot.supervision.check-interval=1h",
                "--bot.outbox.poll-interval=1h", "--logging.level.root=WARN");
    }
}
