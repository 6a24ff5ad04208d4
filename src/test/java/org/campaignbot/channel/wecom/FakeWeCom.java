package org.campaignbot.channel.wecom;

import java.io.IOException;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for qyapi.weixin.qq.com: gettoken hands out T1, T2, …; message/send, webhook/send and
 * aibot/response record what they get and answer errcode 0 unless a test scripted other errcodes. The robot key
 * "bad-key" always gets 93000, as WeCom answers for a deleted robot. One server for the whole test JVM.
 */
final class FakeWeCom {
    static final FakeWeCom INSTANCE = new FakeWeCom();
    static final String GETTOKEN = "/cgi-bin/gettoken";
    static final String MESSAGE_SEND = "/cgi-bin/message/send";
    static final String WEBHOOK = "/cgi-bin/webhook/send";
    static final String AIBOT_RESPONSE = "/cgi-bin/aibot/response";

    record Call(String path, HttpUrl url, JsonNode body) {
        String query(String name) {
            return url.queryParameter(name);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final AtomicInteger tokens = new AtomicInteger();

    private FakeWeCom() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        JsonNode body = request.getBodySize() > 0 ? json.readTree(request.getBody().utf8()) : null;
        calls.add(new Call(path, request.getUrl(), body));
        if (path.equals(GETTOKEN)) {
            return reply("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"T" + tokens.incrementAndGet()
                    + "\",\"expires_in\":7200}");
        }
        Deque<Integer> script = scripted.get(path);
        Integer code = script == null ? null : script.pollFirst();
        if (code == null) {
            code = "bad-key".equals(request.getUrl().queryParameter("key")) ? 93000 : 0;
        }
        return reply("{\"errcode\":" + code + ",\"errmsg\":\"" + (code == 0 ? "ok" : "scripted") + "\"}");
    }

    private static MockResponse reply(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** The next calls to {@code path} answer these errcodes, in order; then 0 again. */
    void script(String path, Integer... errcodes) {
        scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(errcodes));
    }

    void reset() {
        calls.clear();
        scripted.clear();
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    List<Call> allCalls() {
        return List.copyOf(calls);
    }

    /** Waits until at least {@code n} calls reached {@code path}, then returns them all. */
    List<Call> await(String path, int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (calls(path).size() < n && System.nanoTime() < end) {
            Thread.sleep(25);
        }
        return calls(path);
    }
}
