package org.campaignbot.channel.wecom.longconn;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.campaignbot.channel.inbound.ConnectionHealth.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps one long connection to WeCom open for the robot: subscribe with BotID and Secret, ping every heartbeat
 * interval, hand callbacks to {@link CallbackHandler}, and when the socket drops, fails or goes silent, open a new
 * one after an exponential back-off. Two states are final, because reconnecting would not help: a refused
 * BotID/Secret (853000) and another connection taking the robot over ({@code disconnected_event}: reconnecting
 * would make the two kick each other out for ever).
 *
 * <p>Only the current socket counts: every event of a socket we have given up on is ignored, so a late close or
 * message from an old connection cannot disturb the new one.
 */
class LongConnectionClient implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LongConnectionClient.class);

    private final LongConnectionProperties settings;
    private final CallbackHandler callbacks;
    private final LongConnectionHealth health;
    private final JsonMapper json;
    private final OkHttpClient http;
    private ScheduledExecutorService timer;
    private WebSocket socket;          // the current socket, or null between connections; guarded by this
    private String subscribeReqId;     // guarded by this
    private int failedAttempts;        // connections in a row that never got subscribed; guarded by this
    private boolean running;           // guarded by this
    private volatile long lastFrameNanos;
    /** When the last question or event came, or the connection was subscribed: for the idle check. */
    private volatile long lastMessageNanos;
    private String pendingPing;        // the req_id of the last ping not acknowledged yet; guarded by this
    private int missedPings;           // pings in a row without an ack; guarded by this
    /** Frames waiting for their ack, by req_id; several frames on one req_id are sent one after the other (§4). */
    private final Map<String, CompletableFuture<JsonNode>> awaitingAck = new ConcurrentHashMap<>();

    LongConnectionClient(LongConnectionProperties settings, CallbackHandler callbacks, LongConnectionHealth health,
                         JsonMapper json, OkHttpClient channelHttpClient) {
        this.settings = settings;
        this.callbacks = callbacks;
        this.health = health;
        this.json = json;
        // no read or call timeout: the socket lives for hours, and its liveness is the silence watchdog's job
        this.http = channelHttpClient.newBuilder().readTimeout(Duration.ZERO).callTimeout(Duration.ZERO)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public synchronized void start() {
        running = true;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wecom-long-connection");
            t.setDaemon(true);
            return t;
        });
        long beat = settings.heartbeatInterval().toMillis();
        timer.scheduleAtFixedRate(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        long check = Math.max(20, settings.silenceTimeout().toMillis() / 5);
        timer.scheduleAtFixedRate(this::checkSilence, check, check, TimeUnit.MILLISECONDS);
        if (!settings.idleReconnect().isZero()) {
            long idle = Math.max(20, settings.idleReconnect().toMillis() / 10);
            timer.scheduleAtFixedRate(this::checkIdle, idle, idle, TimeUnit.MILLISECONDS);
        }
        log.info("企业微信智能机器人长连接启动：{}（BotID {}）", settings.url(), settings.botId());
        connect();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (socket != null) {
            socket.close(1000, "stopping");
            socket = null;
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        if (health.state() != State.AUTH_FAILED && health.state() != State.REPLACED) {
            health.state(State.STOPPED);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    private synchronized void connect() {
        if (!running || socket != null) {
            return;
        }
        health.state(failedAttempts == 0 && health.connects.get() == 0 ? State.CONNECTING : State.RECONNECTING);
        lastFrameNanos = System.nanoTime(); // the subscribe ack must come within the silence timeout too
        socket = http.newWebSocket(new Request.Builder().url(settings.url()).build(), new Listener());
    }

    /** Gives up on {@code dead} (if it is still current) and, unless the state is final, connects again later. */
    private synchronized void drop(WebSocket dead, String why) {
        if (dead != socket) {
            return;
        }
        socket = null;
        subscribeReqId = null;
        pendingPing = null;
        missedPings = 0;
        dead.cancel();
        health.error(why);
        if (!running || health.state() == State.AUTH_FAILED || health.state() == State.REPLACED) {
            return;
        }
        failedAttempts++;
        long base = settings.reconnectBackoff().toMillis();
        long delay = Math.min(settings.reconnectMaxBackoff().toMillis(), base << Math.min(20, failedAttempts - 1));
        health.state(State.RECONNECTING);
        health.reconnects.incrementAndGet();
        log.warn("企业微信长连接断开（{}），{} 毫秒后重连（第 {} 次）", why, delay, failedAttempts);
        timer.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    /** A final state: close the socket and stay closed until the operator fixes the cause and restarts. */
    synchronized void halt(WebSocket current, State state, String why) {
        if (current != socket) {
            return;
        }
        health.state(state);
        log.error("企业微信长连接已停止，不再重连：{}", why);
        drop(current, why);
    }

    /**
     * Pings, after checking that the previous ping was answered: {@code missed-heartbeats} pings in a row without an
     * ack mean the other end no longer listens, even while other frames (our own replies' acks) still arrive.
     */
    private void heartbeat() {
        WebSocket current;
        String reqId = Protocol.newReqId(Protocol.PING);
        synchronized (this) {
            current = health.state() == State.CONNECTED ? socket : null;
            if (current == null) {
                return;
            }
            if (pendingPing != null) {
                health.missedHeartbeats.incrementAndGet();
                if (++missedPings >= settings.missedHeartbeats()) {
                    health.heartbeatReconnects.incrementAndGet();
                    drop(current, "心跳连续 " + missedPings + " 次没有应答，判定为断线");
                    return;
                }
            }
            pendingPing = reqId;
        }
        current.send(json.writeValueAsString(Protocol.ping(json, reqId)));
    }

    /**
     * Heartbeats are answered but no question or event came for {@code idle-reconnect}: the socket may be
     * "half-alive" (WeCom moved the robot's subscription elsewhere but keeps answering pings, reference §3). A fresh
     * connection costs a moment; a deaf one costs every question until someone notices.
     */
    private void checkIdle() {
        WebSocket current;
        synchronized (this) {
            current = health.state() == State.CONNECTED ? socket : null;
        }
        long idleMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastMessageNanos);
        if (current != null && idleMillis > settings.idleReconnect().toMillis()) {
            health.idleReconnects.incrementAndGet();
            drop(current, "心跳正常但已 " + idleMillis / 1000 + " 秒没有收到任何消息，可能是半死连接，主动重连");
        }
    }

    /**
     * Nothing received for the silence timeout, not even a ping's ack: the socket may look open while the other
     * end is gone (half-open TCP, a proxy that stopped forwarding). Drop it and connect again.
     */
    private void checkSilence() {
        WebSocket current;
        synchronized (this) {
            current = socket;
        }
        long silentMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastFrameNanos);
        if (current != null && silentMillis > settings.silenceTimeout().toMillis()) {
            health.silentReconnects.incrementAndGet();
            drop(current, "连接已 " + silentMillis + " 毫秒没有任何数据（心跳无应答），判定为静默断线");
        }
    }

    private synchronized void subscribed(WebSocket current, JsonNode response) {
        if (current != socket) {
            return;
        }
        int errcode = response.path("errcode").asInt(-1);
        String errmsg = response.path("errmsg").asString("");
        if (errcode == Protocol.OK) {
            failedAttempts = 0;
            lastMessageNanos = System.nanoTime();
            health.connects.incrementAndGet();
            health.state(State.CONNECTED);
            log.info("企业微信长连接已订阅，开始接收消息");
        } else if (errcode == Protocol.AUTH_FAILED) {
            halt(current, State.AUTH_FAILED, "BotID 或 Secret 不对，或机器人没有选择“长连接”模式（" + errcode + " " + errmsg + "）");
        } else {
            drop(current, "订阅失败：" + errcode + " " + errmsg);
        }
    }

    private void onText(WebSocket current, String text) {
        lastFrameNanos = System.nanoTime();
        health.frame();
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JacksonException e) {
            health.ignored("不是 JSON（" + text.length() + " 个字符）");
            return;
        }
        if (frame == null || !frame.isObject()) {
            health.ignored("不是 JSON 对象");
            return;
        }
        String cmd = frame.path("cmd").asString("");
        String reqId = frame.path("headers").path("req_id").asString("");
        if (!cmd.isEmpty()) {
            lastMessageNanos = System.nanoTime();
            callbacks.handle(cmd, frame, new CallbackHandler.Session(current, reqId, this));
            return;
        }
        boolean subscribeAck;
        synchronized (this) {
            subscribeAck = reqId.equals(subscribeReqId);
            if (reqId.equals(pendingPing)) {
                pendingPing = null;
                missedPings = 0;
            }
        }
        CompletableFuture<JsonNode> waiting = awaitingAck.remove(reqId);
        if (waiting != null) {
            waiting.complete(frame);
        }
        if (subscribeAck) {
            subscribed(current, frame);
        } else if (frame.path("errcode").asInt(0) != Protocol.OK) {
            acknowledgedWithError(current, reqId, frame);
        } // else: the ack of a ping or a reply; its arrival already counted as a sign of life
    }

    /**
     * Sends a frame and completes with its ack, or with null when none came within the ack timeout or the socket is
     * gone: the caller sends its next frame on the same req_id either way, never blocking for ever (§4).
     */
    CompletableFuture<JsonNode> sendAndAwaitAck(WebSocket on, String reqId, String frame) {
        CompletableFuture<JsonNode> ack = new CompletableFuture<>();
        awaitingAck.put(reqId, ack);
        if (!on.send(frame)) {
            ack.complete(null);
        }
        return ack.completeOnTimeout(null, Protocol.ACK_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> awaitingAck.remove(reqId, ack));
    }

    /**
     * Sends a proactive markdown message on the current connection and waits for WeCom's ack.
     *
     * @throws IllegalStateException when not connected, or WeCom did not accept it; the caller tries again later
     */
    void push(String chatId, boolean group, String markdown) throws InterruptedException {
        WebSocket current;
        synchronized (this) {
            current = health.state() == State.CONNECTED ? socket : null;
        }
        if (current == null) {
            throw new IllegalStateException("长连接未连接");
        }
        String reqId = Protocol.newReqId(Protocol.SEND);
        JsonNode ack;
        try {
            ack = sendAndAwaitAck(current, reqId, json.writeValueAsString(Protocol.push(json, reqId, chatId, group, markdown))).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (ack == null || ack.path("errcode").asInt(-1) != Protocol.OK) {
            throw new IllegalStateException("企业微信未确认主动消息：" + (ack == null ? "无应答" : ack.path("errcode").asInt() + " "
                    + ack.path("errmsg").asString("")));
        }
    }

    private void acknowledgedWithError(WebSocket current, String reqId, JsonNode frame) {
        int errcode = frame.path("errcode").asInt();
        String what = "企业微信拒绝了帧 " + reqId + "：" + errcode + " " + frame.path("errmsg").asString("");
        log.warn(what);
        if (Protocol.RESUBSCRIBE_ERRORS.contains(errcode)) {
            drop(current, what);
        } else {
            health.error(what);
        }
    }

    /** Events of one socket. Every exception is caught here: one thrown out of a listener would kill the socket. */
    private final class Listener extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            String reqId = Protocol.newReqId(Protocol.SUBSCRIBE);
            synchronized (LongConnectionClient.this) {
                if (webSocket != socket) {
                    webSocket.cancel();
                    return;
                }
                subscribeReqId = reqId;
            }
            webSocket.send(json.writeValueAsString(Protocol.subscribe(json, reqId, settings.botId(), settings.secret())));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            synchronized (LongConnectionClient.this) {
                if (webSocket != socket) {
                    return;
                }
            }
            try {
                onText(webSocket, text);
            } catch (RuntimeException e) {
                log.error("处理企业微信长连接消息出错，已忽略该帧", e);
                health.ignored(e.toString());
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            drop(webSocket, "企业微信关闭了连接（" + code + (reason.isEmpty() ? "" : " " + reason) + "）");
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            drop(webSocket, "连接失败：" + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage()));
        }
    }
}
