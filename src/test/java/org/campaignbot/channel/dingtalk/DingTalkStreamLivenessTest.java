package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.channel.inbound.ConnectionHealth.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Stream mode's liveness around the SDK client, with a fake client in place of the SDK's network (its gateway host is
 * fixed inside the SDK, so a local server cannot stand in for DingTalk): a connection that delivers nothing past the
 * idle window is restarted, deliveries keep it, a refused start is retried, and what the SDK does on its own — a ping
 * without pong, a reconnect — reaches health through the SDK's log lines, written here exactly as the SDK writes them.
 */
class DingTalkStreamLivenessTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final DingTalkProperties properties = new DingTalkProperties("ding-app", "ding-secret", null, null, null,
            null, new DingTalkProperties.Stream(true, Duration.ofSeconds(1), Duration.ofMillis(1500)), null);
    private final DingTalkStreamHealth stream = new DingTalkStreamHealth(Clock.systemUTC());
    private final DingTalkHealth health = new DingTalkHealth(properties);
    private final FakeSdkClient sdk = new FakeSdkClient();
    private final DingTalkStreamConnector connector = new DingTalkStreamConnector(properties,
            new DingTalkStreamListener(null), health, stream, () -> sdk);

    /** Counts what the connector does with the SDK client; fails its first start when told to. */
    static final class FakeSdkClient implements OpenDingTalkClient {
        final AtomicInteger starts = new AtomicInteger();
        final AtomicInteger stops = new AtomicInteger();
        volatile boolean refuseFirstStart;

        @Override
        public void start() {
            if (starts.incrementAndGet() == 1 && refuseFirstStart) {
                throw new IllegalStateException("invalid appKey or appSecret");
            }
        }

        @Override
        public void stop() {
            stops.incrementAndGet();
        }
    }

    @AfterEach
    void stop() {
        connector.stop();
    }

    @Test
    void aConnectionThatDeliversNothingPastTheIdleWindowIsRestarted() {
        connector.start();
        assertThat(stream.state()).isEqualTo(State.CONNECTED);
        await().atMost(WAIT).until(() -> stream.idleReconnects.get() == 1);
        assertThat(sdk.stops.get()).isEqualTo(1);
        assertThat(sdk.starts.get()).isEqualTo(2);
        assertThat(stream.state()).isEqualTo(State.CONNECTED);
        assertThat(stream.health().getDetails().get("lastError").toString()).contains("半死");
        assertThat(stream.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void deliveriesKeepTheConnection() {
        connector.start();
        for (int i = 0; i < 10; i++) { // a frame every 300 ms for 3 s: never 1.5 s without one
            connector.listener().execute(null); // an unusable frame is still a sign of life (and is acknowledged)
            await().pollDelay(Duration.ofMillis(300)).atMost(WAIT).until(() -> true);
        }
        assertThat(stream.idleReconnects.get()).isZero();
        assertThat(sdk.starts.get()).isEqualTo(1);
        assertThat(stream.messages.get()).isEqualTo(10);
    }

    @Test
    void aRefusedStartIsShownAndTriedAgain() {
        sdk.refuseFirstStart = true;
        connector.start();
        assertThat(stream.state()).isEqualTo(State.RECONNECTING);
        assertThat(stream.health().getStatus().getCode()).isEqualTo("WARN");
        assertThat(health.problems().get("stream")).contains("启动失败", "invalid appKey");

        await().atMost(WAIT).until(() -> stream.state() == State.CONNECTED);
        assertThat(health.problems()).doesNotContainKey("stream");
    }

    @Test
    void theSdksOwnHeartbeatTimeoutsAndReconnectsShowInHealth() {
        connector.start();
        var keepAlive = LoggerFactory.getLogger("com.dingtalk.open.app.stream.network.ws.KeepAliveHandler");
        var transport = LoggerFactory.getLogger("com.dingtalk.open.app.stream.network.ws.WebsocketTransportConnector");
        transport.info("[DingTalk] start websocket connection, uri={}", "wss://wss-open-connection.dingtalk.com/connect");
        keepAlive.warn("[DingTalk] connection ping timeout, channel is closing");
        assertThat(stream.missedHeartbeats.get()).isEqualTo(1);
        assertThat(stream.heartbeatReconnects.get()).isEqualTo(1);
        assertThat(stream.state()).isEqualTo(State.RECONNECTING);
        assertThat(stream.health().getDetails().get("lastError").toString()).contains("心跳");

        transport.info("[DingTalk] start websocket connection, uri={}", "wss://wss-open-connection.dingtalk.com/connect");
        assertThat(stream.reconnects.get()).isEqualTo(1);
        assertThat(stream.state()).isEqualTo(State.CONNECTED);
    }
}
