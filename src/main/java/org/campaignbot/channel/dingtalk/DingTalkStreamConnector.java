package org.campaignbot.channel.dingtalk;

import com.dingtalk.open.app.api.KeepAliveOption;
import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.campaignbot.channel.inbound.ConnectionHealth.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Stream mode: the official SDK opens a WebSocket to DingTalk with the app's key and secret and receives robot
 * messages over it, so the office needs no public address. Started with the application, stopped with it.
 *
 * <p>Liveness: the SDK pings after {@code heartbeat-interval} without traffic and reconnects on its own when the pong
 * does not come ({@link StreamSdkEvents} shows that in health). What it cannot see is a socket whose pings are
 * answered but that delivers nothing: when no message came for {@code idle-reconnect}, this connector stops the SDK
 * client and starts a fresh one. A refusal at start is shown in health and tried again at the next check.
 */
public class DingTalkStreamConnector implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DingTalkStreamConnector.class);
    private final DingTalkProperties properties;
    private final DingTalkStreamListener listener;
    private final DingTalkHealth health;
    private final DingTalkStreamHealth stream;
    private final Supplier<OpenDingTalkClient> clients;
    private final StreamSdkEvents sdkEvents;
    private OpenDingTalkClient client;       // guarded by this
    private ScheduledExecutorService timer;  // guarded by this
    private volatile long lastMessageNanos;

    public DingTalkStreamConnector(DingTalkProperties properties, DingTalkStreamListener listener,
                                   DingTalkHealth health, DingTalkStreamHealth stream) {
        this(properties, listener, health, stream, null);
    }

    /** @param clients builds the SDK client; null for the real one (tests pass a fake) */
    DingTalkStreamConnector(DingTalkProperties properties, DingTalkStreamListener listener, DingTalkHealth health,
                            DingTalkStreamHealth stream, Supplier<OpenDingTalkClient> clients) {
        this.properties = properties;
        this.listener = listener.onMessage(this::delivered);
        this.health = health;
        this.stream = stream;
        this.clients = clients != null ? clients : this::build;
        this.sdkEvents = new StreamSdkEvents(stream);
    }

    /** The SDK client, built but not started; package-visible so a test can check the registration offline. */
    OpenDingTalkClient build() {
        return OpenDingTalkStreamClientBuilder.custom()
                .credential(new AuthClientCredential(properties.appKey(), properties.appSecret()))
                .registerCallbackListener(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, listener)
                .keepAlive(KeepAliveOption.create().withKeepAliveIdleMill(properties.stream().heartbeatInterval().toMillis()))
                .build();
    }

    /** The listener as registered with the SDK (with the liveness hook). */
    DingTalkStreamListener listener() {
        return listener;
    }

    private void delivered() {
        lastMessageNanos = System.nanoTime();
        stream.frame();
        stream.message();
    }

    @Override
    public synchronized void start() {
        sdkEvents.attach();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dingtalk-stream-watchdog");
            t.setDaemon(true);
            return t;
        });
        long idle = properties.stream().idleReconnect().toMillis();
        if (idle > 0) {
            long check = Math.max(20, idle / 10);
            timer.scheduleWithFixedDelay(this::check, check, check, TimeUnit.MILLISECONDS);
        }
        connect();
    }

    private synchronized void connect() {
        lastMessageNanos = System.nanoTime(); // the idle window starts with the connection
        try {
            OpenDingTalkClient started = clients.get();
            started.start();
            client = started;
            stream.state(State.CONNECTED);
            log.info("钉钉 Stream 模式已启动（AppKey {}）", properties.appKey());
            health.ok("stream");
        } catch (Exception e) {
            stream.state(State.RECONNECTING);
            String why = "钉钉 Stream 连接启动失败：" + e.getMessage()
                    + "。请检查 bot.dingtalk.app-key / app-secret，以及应用的机器人是否选择了 Stream 模式";
            stream.error(why);
            health.problem("stream", why);
        }
    }

    /** Not started (a refusal at start): try again. Started but silent past the idle window: start afresh. */
    synchronized void check() {
        if (timer == null) {
            return;
        }
        if (client == null) {
            connect();
            return;
        }
        long idleMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastMessageNanos);
        if (idleMillis > properties.stream().idleReconnect().toMillis()) {
            stream.idleReconnects.incrementAndGet();
            stream.reconnects.incrementAndGet();
            stream.error("心跳正常但已 " + idleMillis / 1000 + " 秒没有收到任何消息，可能是半死连接，已重新连接");
            log.warn("钉钉 Stream 已 {} 秒没有收到消息，重新连接以防连接半死", idleMillis / 1000);
            stopClient();
            connect();
        }
    }

    private void stopClient() {
        if (client != null) {
            try {
                client.stop();
            } catch (Exception e) {
                log.debug("停止钉钉 Stream 客户端时出错", e);
            }
            client = null;
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        stopClient();
        sdkEvents.detach();
        stream.state(State.STOPPED);
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
