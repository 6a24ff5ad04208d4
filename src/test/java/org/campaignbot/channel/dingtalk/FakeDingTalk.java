package org.campaignbot.channel.dingtalk;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * A local stand-in for oapi.dingtalk.com and api.dingtalk.com. It checks what the real one checks — the custom
 * robot's access token and 加签 signature (decoding the query exactly once, as DingTalk does), the app access token
 * header — and records every request so tests can look at what the bot sent.
 */
public class FakeDingTalk implements AutoCloseable {
    public static final String APP_TOKEN = "app-token-1";
    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> all = new CopyOnWriteArrayList<>();
    private final Map<String, String> robotSecrets = new ConcurrentHashMap<>(); // access token -> secret
    private final Map<String, Queue<MockResponse>> scripted = new ConcurrentHashMap<>();
    public final AtomicInteger tokenFetches = new AtomicInteger();
    /** sessionWebhook session -> System.nanoTime() when its first reply arrived (for the benchmark) */
    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    private volatile long robotClockMillis = -1; // -1: do not check timestamps

    public FakeDingTalk() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String session = request.getUrl().queryParameter("session");
                if (session != null) {
                    arrival(session).complete(System.nanoTime());
                }
                all.add(request);
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    public String sessionWebhook(String session) {
        return baseUrl() + "/robot/sendBySession?session=" + session;
    }

    public void robot(String accessToken, String secret) {
        robotSecrets.put(accessToken, secret);
    }

    /** Makes the fake check the robot timestamp against this time, like DingTalk's one-hour window. */
    public void robotClock(long millis) {
        robotClockMillis = millis;
    }

    /** The next request to a path gets this answer instead of the normal one. */
    public void script(String path, int code, String body) {
        scripted.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(json(code, body));
    }

    /** Every request so far to a path, oldest first. */
    public List<RecordedRequest> sent(String path) {
        return all.stream().filter(r -> r.getUrl().encodedPath().equals(path)).toList();
    }

    /** Completes with System.nanoTime() at the moment the first reply to this session arrives. */
    public CompletableFuture<Long> arrival(String session) {
        return arrivals.computeIfAbsent(session, k -> new CompletableFuture<>());
    }

    /** Replies posted to one sessionWebhook so far. */
    public List<RecordedRequest> replies(String session) {
        return all.stream().filter(r -> session.equals(r.getUrl().queryParameter("session"))).toList();
    }

    /** Waits for the first reply to a sessionWebhook. */
    public RecordedRequest awaitReply(String session) throws InterruptedException {
        return await(() -> replies(session), 1).get(0);
    }

    /** Waits until {@code source} lists at least {@code n} requests (10 s at most), then returns them. */
    public List<RecordedRequest> await(java.util.function.Supplier<List<RecordedRequest>> source, int n)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (source.get().size() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<RecordedRequest> found = source.get();
        if (found.size() < n) {
            throw new AssertionError("expected " + n + " requests, got " + found.size());
        }
        return found;
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        Queue<MockResponse> queue = scripted.get(path);
        MockResponse forced = queue == null ? null : queue.poll();
        if (forced != null) {
            return forced;
        }
        return switch (path) {
            case "/robot/send" -> json(200, checkRobot(request));
            case "/robot/sendBySession" -> json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
            case "/v1.0/oauth2/accessToken" -> {
                tokenFetches.incrementAndGet();
                yield json(200, "{\"accessToken\":\"" + APP_TOKEN + "\",\"expireIn\":7200}");
            }
            case "/v1.0/robot/groupMessages/send", "/v1.0/robot/oToMessages/batchSend" ->
                    APP_TOKEN.equals(request.getHeaders().get("x-acs-dingtalk-access-token"))
                            ? json(200, "{\"processQueryKey\":\"q1\"}")
                            : json(401, "{\"code\":\"InvalidAuthentication\",\"message\":\"token invalid\"}");
            default -> json(404, "{\"errcode\":404,\"errmsg\":\"no such path\"}");
        };
    }

    /** What DingTalk does with a custom-robot push: token known, and (if 加签) a valid, fresh signature. */
    private String checkRobot(RecordedRequest request) {
        String query = request.getUrl().encodedQuery();
        Map<String, String> params = new ConcurrentHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String secret = robotSecrets.get(params.getOrDefault("access_token", ""));
        if (secret == null) {
            return "{\"errcode\":300001,\"errmsg\":\"token not exist\"}";
        }
        if (secret.isEmpty()) {
            return "{\"errcode\":0,\"errmsg\":\"ok\"}";
        }
        String timestamp = params.getOrDefault("timestamp", "");
        if (robotClockMillis >= 0 && Math.abs(robotClockMillis - Long.parseLong(timestamp)) > 3_600_000) {
            return "{\"errcode\":310000,\"errmsg\":\"invalid timestamp\"}";
        }
        String sign = params.get("sign");
        if (sign == null || !hmac(timestamp, secret).equals(sign)) {
            return "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\"}";
    }

    /** Written out here rather than calling the bot's signer, so the check does not share the code it checks. */
    private static String hmac(String timestamp, String secret) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(
                    mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse(code, Headers.of("Content-Type", "application/json"), body);
    }

    @Override
    public void close() {
        server.close();
    }
}
