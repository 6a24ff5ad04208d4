package org.campaignbot.supervision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One local fake for the WeCom and DingTalk push APIs: it records every request and answers like the platforms do
 * (HTTP 200 with {"errcode":0,"errmsg":"ok"}), or with the failures a test queues.
 */
public class FakePlatforms implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request as the platform saw it: path with query, and the parsed JSON body. */
    public record Request(String path, JsonNode body) {
        public String content() {
            JsonNode text = body.path("text");
            return body.path("msgtype").asString().equals("markdown") ? body.path("markdown").path(
                    body.path("markdown").has("content") ? "content" : "text").asString() : text.path("content").asString();
        }

        public List<String> mentions(String field) {
            JsonNode list = path(field);
            List<String> out = new ArrayList<>();
            list.valueStream().forEach(n -> out.add(n.asString()));
            return out;
        }

        private JsonNode path(String field) {
            return switch (field) {
                case "mentioned_list", "mentioned_mobile_list" -> body.path("text").path(field);
                default -> body.path("at").path(field); // atUserIds, atMobiles
            };
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<MockResponse> failures = new ConcurrentLinkedQueue<>();

    public FakePlatforms() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse failure = failures.poll();
                if (failure != null) {
                    return failure;
                }
                requests.add(new Request(request.getPath(), JSON.readTree(request.getBody().readUtf8())));
                return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"errcode\":0,\"errmsg\":\"ok\"}");
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    public String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    /** The next call fails like a busy platform (HTTP 200, errcode -1). */
    public void failNext(int times) {
        for (int i = 0; i < times; i++) {
            failures.add(new MockResponse().setHeader("Content-Type", "application/json")
                    .setBody("{\"errcode\":-1,\"errmsg\":\"system busy\"}"));
        }
    }

    /** Successful requests received so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> to(String pathPart) {
        return requests.stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    public void clear() {
        requests.clear();
        failures.clear();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
