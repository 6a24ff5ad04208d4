package org.campaignbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.campaignbot.BotTest;
import org.campaignbot.testing.FakePlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A few thousand random and mutated requests, from a fixed seed, to every public endpoint of the running app with
 * WeCom and DingTalk switched on: the chat API, search, both WeCom callback URLs (GET and POST), the DingTalk
 * callback, admin paths without credentials, health and the page. Requests are written byte for byte on a socket,
 * so bodies and queries can hold what a well-behaved client would never send (broken UTF-8, stray %, wrong
 * content types). Every answer must be below 500 and free of stack traces, and nothing may be pushed to the
 * platforms (a local fake stands in for all of their hosts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.knowledge.watch=false", "bot.outbox.poll-interval=200ms",
        "bot.admin.password=fuzz-admin-password",
        // the fuzzer sends wrong passwords from 127.0.0.1 all along; without this the login throttle would refuse
        // its signed-in requests after the fifth, and they would no longer reach the admin endpoints' input handling
        "bot.admin.max-failed-logins=1000000",
        "bot.wecom.corp-id=wx5823bf96d3bd56c7", "bot.wecom.agent-id=1000002", "bot.wecom.secret=fuzz-secret",
        "bot.wecom.token=QDG6eK", "bot.wecom.encoding-aes-key=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
        "bot.wecom.aibot.token=QDG6eK", "bot.wecom.aibot.encoding-aes-key=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
        "bot.dingtalk.app-key=ding-fuzz", "bot.dingtalk.app-secret=fuzz-app-secret", "bot.dingtalk.robot-code=fuzz-robot"})
class PublicEndpointFuzzTest {
    static final long SEED = 20_261_127L;
    static final int REQUESTS = 3000;
    static final Duration TIME_LIMIT = Duration.ofSeconds(45);
    static final FakePlatform PLATFORMS = new FakePlatform();

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        String base = PLATFORMS.baseUrl();
        registry.add("bot.wecom.api-base-url", () -> base);
        registry.add("bot.dingtalk.api-base-url", () -> base);
        registry.add("bot.dingtalk.oapi-base-url", () -> base);
    }

    @AfterAll
    static void stop() {
        PLATFORMS.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void neverA5xxNeverAStackTraceNothingPushed() throws Exception {
        Random random = new Random(SEED);
        var requests = new FuzzRequests(random);
        int platformCallsBefore = PLATFORMS.calls().size();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        int sent = 0;
        while (sent < REQUESTS && System.nanoTime() < deadline) {
            FuzzRequests.Raw request = requests.next();
            String response = send(request.bytes(port));
            sent++;
            int status = status(response);
            statuses.computeIfAbsent(request.target(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
            if (status >= 500 || status < 100 || leaksInternals(response)) {
                failures.add("#" + sent + " " + request.describe() + " -> " + response.lines().findFirst().orElse("(nothing)")
                        + " " + tail(response));
            }
        }
        System.out.printf("fuzz: %d requests, seed %d, statuses by endpoint %s%n", sent, SEED, statuses);
        assertThat(failures).as("requests answered with a 5xx or internals").isEmpty();
        assertThat(sent).as("requests sent within the time limit").isGreaterThanOrEqualTo(1000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isZero();
        assertThat(PLATFORMS.calls().size()).isEqualTo(platformCallsBefore);
    }

    private String send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading everything (a refused oversized body): read on
            }
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    response.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // connection reset after the answer was written: keep what arrived
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        String[] first = response.lines().findFirst().orElse("").split(" ");
        try {
            return first.length > 1 ? Integer.parseInt(first[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean leaksInternals(String response) {
        return response.contains("Exception") || response.contains("\tat ") || response.contains("at org.")
                || response.contains("at java.") || response.contains("Caused by");
    }

    private static String tail(String response) {
        int body = response.indexOf("\r\n\r\n");
        String text = body < 0 ? response : response.substring(body + 4);
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
