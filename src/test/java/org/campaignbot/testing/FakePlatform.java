package org.campaignbot.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The one local stand-in for the platforms' HTTP APIs — qyapi.weixin.qq.com (WeCom) and oapi.dingtalk.com /
 * api.dingtalk.com (DingTalk) — on one {@link MockWebServer}. It answers as the real ones do and checks what they
 * check:
 * <ul>
 *   <li>WeCom {@code /cgi-bin/gettoken} hands out T1, T2, …; every other {@code /cgi-bin/…} call answers errcode 0,
 *       except the robot key "bad-key" (93000, as for a deleted robot) and errcodes a test scripted.</li>
 *   <li>DingTalk {@code /robot/send} checks the custom robot's access token and 加签 signature (decoding the query
 *       once, as DingTalk does) — once a test has registered a robot with {@link #robot}; until then any token is
 *       taken. The app API checks the access-token header; {@code /robot/sendBySession} takes any reply.</li>
 * </ul>
 * Every call is recorded, with whether the platform took it ({@link Call#delivered()}). Each test base starts its own
 * instance: cached Spring contexts keep their background dispatchers running, and a shared server would let one
 * context's late pushes land in another test's counts.
 */
public final class FakePlatform implements AutoCloseable {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    public static final String WECOM_GETTOKEN = "/cgi-bin/gettoken";
    public static final String WECOM_MESSAGE_SEND = "/cgi-bin/message/send";
    public static final String WECOM_WEBHOOK = "/cgi-bin/webhook/send";
    public static final String WECOM_AIBOT_RESPONSE = "/cgi-bin/aibot/response";
    public static final String DINGTALK_ROBOT_SEND = "/robot/send";
    public static final String DINGTALK_APP_TOKEN = "app-token-1";

    /** A request as the platform saw it, and whether it answered success. */
    public record Call(String path, HttpUrl url, Headers headers, JsonNode body, boolean delivered) {
        /** Path and query, as the request line had them. */
        public String target() {
            String query = url.encodedQuery();
            return query == null ? path : path + "?" + query;
        }

        public String query(String name) {
            return url.queryParameter(name);
        }

        public String header(String name) {
            return headers.get(name);
        }

        /** The text of a robot or app message: text.content, markdown.content (WeCom) or markdown.text (DingTalk). */
        public String content() {
            if (body.path("msgtype").asString().equals("markdown")) {
                JsonNode markdown = body.path("markdown");
                return markdown.path(markdown.has("content") ? "content" : "text").asString();
            }
            return body.path("text").path("content").asString();
        }

        /** WeCom's mentioned_list / mentioned_mobile_list, or DingTalk's at.atUserIds / at.atMobiles. */
        public List<String> mentions(String field) {
            JsonNode list = switch (field) {
                case "mentioned_list", "mentioned_mobile_list" -> body.path("text").path(field);
                default -> body.path("at").path(field);
            };
            List<String> out = new ArrayList<>();
            list.valueStream().forEach(n -> out.add(n.asString()));
            return out;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final Deque<Answer> failures = new ConcurrentLinkedDeque<>();
    private final Map<String, String> robotSecrets = new ConcurrentHashMap<>(); // DingTalk access token -> secret
    private final AtomicInteger wecomTokens = new AtomicInteger();
    /** DingTalk app access tokens handed out. */
    public final AtomicInteger tokenFetches = new AtomicInteger();
    /** sessionWebhook session -> System.nanoTime() when its first reply arrived (for the benchmark) */
    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    private volatile long robotClockMillis = -1; // -1: do not check timestamps

    public FakePlatform() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return record(request);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    /** A DingTalk sessionWebhook on this server; replies to it are found with {@link #replies}. */
    public String sessionWebhook(String session) {
        return baseUrl() + "/robot/sendBySession?session=" + session;
    }

    /** Registers a DingTalk custom robot; from then on /robot/send checks tokens and signatures. */
    public void robot(String accessToken, String secret) {
        robotSecrets.put(accessToken, secret);
    }

    /** Makes the fake check the robot timestamp against this time, like DingTalk's one-hour window. */
    public void robotClock(long millis) {
        robotClockMillis = millis;
    }

    /** The next call to {@code path} gets this answer instead of the normal one. */
    public void script(String path, int httpCode, String body) {
        scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(json(httpCode, body));
    }

    /** The next calls to {@code path} answer these errcodes (HTTP 200), in order; then the normal answer again. */
    public void scriptErrcodes(String path, Integer... errcodes) {
        for (Integer code : errcodes) {
            script(path, 200, "{\"errcode\":" + code + ",\"errmsg\":\"" + (code == 0 ? "ok" : "scripted") + "\"}");
        }
    }

    /** The next {@code times} calls, to any path, fail like a busy platform (HTTP 200, errcode -1). */
    public void failNext(int times) {
        for (int i = 0; i < times; i++) {
            failures.add(json(200, "{\"errcode\":-1,\"errmsg\":\"system busy\"}"));
        }
    }

    /** Forgets the calls and the scripted answers (registered robots stay). */
    public void reset() {
        calls.clear();
        scripted.clear();
        failures.clear();
    }

    /** Every call so far, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every call so far to exactly this path, oldest first. */
    public List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** Calls the platform took (errcode 0), oldest first. */
    public List<Call> delivered() {
        return calls.stream().filter(Call::delivered).toList();
    }

    /** Calls the platform took whose path and query contain {@code part} (a path, a robot key, a token). */
    public List<Call> delivered(String part) {
        return calls.stream().filter(c -> c.delivered() && c.target().contains(part)).toList();
    }

    /** Replies posted to one DingTalk sessionWebhook so far. */
    public List<Call> replies(String session) {
        return calls.stream().filter(c -> session.equals(c.query("session"))).toList();
    }

    /** Completes with System.nanoTime() at the moment the first reply to this session arrives. */
    public CompletableFuture<Long> arrival(String session) {
        return arrivals.computeIfAbsent(session, k -> new CompletableFuture<>());
    }

    /** Polls until at least {@code n} calls reached {@code path} ({@link Waits#WAIT} at most), then returns them all. */
    public List<Call> await(String path, int n) {
        return await(() -> calls(path), n);
    }

    /** Polls until {@code source} lists at least {@code n} calls ({@link Waits#WAIT} at most), then returns them. */
    public List<Call> await(Supplier<List<Call>> source, int n) {
        return Waits.poll().until(source::get, found -> found.size() >= n);
    }

    /** Polls for the first reply to a DingTalk sessionWebhook. */
    public Call awaitReply(String session) {
        return await(() -> replies(session), 1).get(0);
    }

    /** What the platform answers: HTTP status and JSON body. */
    private record Answer(int code, String body) {
        /** Success as the platforms signal it: HTTP 2xx and errcode 0 (or none, as in DingTalk's app API). */
        boolean succeeded() {
            return code / 100 == 2 && parse(body).path("errcode").asInt(0) == 0;
        }
    }

    private MockResponse record(RecordedRequest request) {
        String session = request.getUrl().queryParameter("session");
        if (session != null) {
            arrival(session).complete(System.nanoTime());
        }
        Answer answer = answer(request);
        String path = request.getUrl().encodedPath();
        String text = request.getBody() == null ? "" : request.getBody().utf8();
        JsonNode body = text.isEmpty() ? MissingNode.getInstance() : parse(text);
        calls.add(new Call(path, request.getUrl(), request.getHeaders(), body, answer.succeeded()));
        return new MockResponse(answer.code(), Headers.of("Content-Type", "application/json"), answer.body());
    }

    private Answer answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        Answer failure = failures.poll();
        if (failure != null) {
            return failure;
        }
        Deque<Answer> queue = scripted.get(path);
        Answer forced = queue == null ? null : queue.poll();
        if (forced != null) {
            return forced;
        }
        if (path.equals(WECOM_GETTOKEN)) {
            return json(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"T" + wecomTokens.incrementAndGet()
                    + "\",\"expires_in\":7200}");
        }
        if (path.startsWith("/cgi-bin/")) {
            return "bad-key".equals(request.getUrl().queryParameter("key"))
                    ? json(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}") : ok();
        }
        return switch (path) {
            case DINGTALK_ROBOT_SEND -> json(200, checkRobot(request));
            case "/robot/sendBySession" -> ok();
            case "/v1.0/oauth2/accessToken" -> {
                tokenFetches.incrementAndGet();
                yield json(200, "{\"accessToken\":\"" + DINGTALK_APP_TOKEN + "\",\"expireIn\":7200}");
            }
            case "/v1.0/robot/groupMessages/send", "/v1.0/robot/oToMessages/batchSend" ->
                    DINGTALK_APP_TOKEN.equals(request.getHeaders().get("x-acs-dingtalk-access-token"))
                            ? json(200, "{\"processQueryKey\":\"q1\"}")
                            : json(401, "{\"code\":\"InvalidAuthentication\",\"message\":\"token invalid\"}");
            default -> json(404, "{\"errcode\":404,\"errmsg\":\"no such path\"}");
        };
    }

    /** What DingTalk does with a custom-robot push: token known, and (if 加签) a valid, fresh signature. */
    private String checkRobot(RecordedRequest request) {
        if (robotSecrets.isEmpty()) {
            return OK;
        }
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
            return OK;
        }
        String timestamp = params.getOrDefault("timestamp", "");
        if (robotClockMillis >= 0 && Math.abs(robotClockMillis - Long.parseLong(timestamp)) > 3_600_000) {
            return "{\"errcode\":310000,\"errmsg\":\"invalid timestamp\"}";
        }
        String sign = params.get("sign");
        if (sign == null || !hmac(timestamp, secret).equals(sign)) {
            return "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
        }
        return OK;
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

    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    private static Answer ok() {
        return json(200, OK);
    }

    private static Answer json(int code, String body) {
        return new Answer(code, body);
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
