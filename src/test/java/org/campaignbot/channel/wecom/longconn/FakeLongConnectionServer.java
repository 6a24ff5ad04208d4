package org.campaignbot.channel.wecom.longconn;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local WeCom long-connection server on a real WebSocket (MockWebServer upgrades every request). It speaks the
 * frames of the protocol reference: acks {@code aibot_subscribe} (853000 unless the BotID and Secret match), acks
 * {@code ping} unless told to go silent, acks every reply, and records every frame the client sends.
 */
class FakeLongConnectionServer implements AutoCloseable {
    static final String BOT_ID = "bot-test-1";
    static final String SECRET = "long-connection-secret-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A frame the client sent, with the number of the connection it came on (1 = first). */
    record Frame(int connection, JsonNode json, long receivedNanos) {
        String cmd() {
            return json.path("cmd").asString("");
        }

        String reqId() {
            return json.path("headers").path("req_id").asString("");
        }
    }

    private final MockWebServer server = new MockWebServer();
    final List<Frame> frames = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger closedByClient = new AtomicInteger();
    volatile boolean ackPings = true;
    volatile long placeholderAckDelayMillis = 0;
    final List<Long> placeholderAckedNanos = new CopyOnWriteArrayList<>();
    private volatile WebSocket current;
    /** Callbacks whose finished reply someone waits for, by req_id (benchmarks: no scan of every frame). */
    private final Map<String, CompletableFuture<Frame>> awaitingFinish = new ConcurrentHashMap<>();

    FakeLongConnectionServer() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().webSocketUpgrade(new Connection(connections.incrementAndGet())).build();
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://" + server.getHostName() + ":" + server.getPort();
    }

    /** Sends a frame to the client on the newest connection. */
    void push(String text) {
        current.send(text);
    }

    void push(ObjectNode frame) {
        push(JSON.writeValueAsString(frame));
    }

    /** Closes the newest connection from the server's side, as WeCom does when it restarts a front end. */
    void dropCurrent() {
        current.close(1012, "service restart");
    }

    /** Completes with the finished reply to a callback; register before pushing the callback. */
    CompletableFuture<Frame> finishedReplyTo(String reqId) {
        return awaitingFinish.computeIfAbsent(reqId, k -> new CompletableFuture<>());
    }

    List<Frame> sent(String cmd) {
        return frames.stream().filter(f -> f.cmd().equals(cmd)).toList();
    }

    List<Frame> repliesTo(String reqId) {
        return frames.stream().filter(f -> f.cmd().equals(Protocol.RESPOND) && f.reqId().equals(reqId)).toList();
    }

    static ObjectNode callback(String cmd, String reqId, ObjectNode body) {
        ObjectNode frame = JSON.createObjectNode().put("cmd", cmd);
        frame.putObject("headers").put("req_id", reqId);
        frame.set("body", body);
        return frame;
    }

    static ObjectNode groupText(String msgId, String content) {
        ObjectNode body = JSON.createObjectNode().put("msgid", msgId).put("aibotid", BOT_ID).put("chatid", "group-1")
                .put("chattype", "group").put("msgtype", "text");
        body.putObject("from").put("userid", "zhangsan");
        body.putObject("text").put("content", content);
        return body;
    }

    static ObjectNode event(String msgId, String eventType) {
        ObjectNode body = JSON.createObjectNode().put("msgid", msgId).put("aibotid", BOT_ID).put("chattype", "single")
                .put("msgtype", "event").put("create_time", 1700000000);
        body.putObject("from").put("userid", "lisi");
        body.putObject("event").put("eventtype", eventType);
        return body;
    }

    @Override
    public void close() {
        server.close();
    }

    private final class Connection extends WebSocketListener {
        private final int number;

        Connection(int number) {
            this.number = number;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            current = webSocket;
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode frame = JSON.readTree(text);
            Frame received = new Frame(number, frame, System.nanoTime());
            frames.add(received);
            String cmd = frame.path("cmd").asString("");
            String reqId = frame.path("headers").path("req_id").asString("");
            if (cmd.equals(Protocol.RESPOND) && frame.path("body").path("stream").path("finish").asBoolean(true)) {
                CompletableFuture<Frame> waiting = awaitingFinish.remove(reqId);
                if (waiting != null) {
                    waiting.complete(received);
                }
            }
            if (cmd.equals(Protocol.SUBSCRIBE)) {
                boolean ok = BOT_ID.equals(frame.path("body").path("bot_id").asString(""))
                        && SECRET.equals(frame.path("body").path("secret").asString(""));
                webSocket.send(ack(reqId, ok ? 0 : 853000, ok ? "ok" : "invalid bot_id or secret, hint: [fake]"));
            } else if (cmd.equals(Protocol.RESPOND) && !frame.path("body").path("stream").path("finish").asBoolean(true)) {
                // an unfinished stream frame: acked late, as a busy WeCom may, to show the client waits for it
                CompletableFuture.delayedExecutor(placeholderAckDelayMillis, TimeUnit.MILLISECONDS).execute(() -> {
                    placeholderAckedNanos.add(System.nanoTime());
                    webSocket.send(ack(reqId, 0, "ok"));
                });
            } else if (!cmd.equals(Protocol.PING) || ackPings) {
                webSocket.send(ack(reqId, 0, "ok"));
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            closedByClient.incrementAndGet();
            webSocket.close(1000, null);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            closedByClient.incrementAndGet(); // the client cancelled (or we dropped it)
        }

        private String ack(String reqId, int errcode, String errmsg) {
            ObjectNode ack = JSON.createObjectNode();
            ack.putObject("headers").put("req_id", reqId);
            return JSON.writeValueAsString(ack.put("errcode", errcode).put("errmsg", errmsg));
        }
    }
}
