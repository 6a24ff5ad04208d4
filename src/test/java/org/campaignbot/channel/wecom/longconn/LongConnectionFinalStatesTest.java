package org.campaignbot.channel.wecom.longconn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.campaignbot.channel.inbound.ConnectionHealth.State;
import org.junit.jupiter.api.Test;

/**
 * The two states the client must not reconnect from, each on its own client and fake server (no Spring: neither
 * path reaches the answering pipeline). Reconnecting after 853000 cannot fix a wrong Secret; reconnecting after
 * {@code disconnected_event} would start two instances kicking each other out for ever.
 */
class LongConnectionFinalStatesTest extends StandaloneClientTest {

    @Test
    void aRefusedSecretStopsTheClientWithoutRetryingAndSaysWhyInHealth() {
        start("wrong-secret");

        await().atMost(WAIT).until(() -> health.state() == State.AUTH_FAILED);
        await().atMost(WAIT).until(() -> fake.closedByClient.get() == 1); // WeCom leaves a refused socket open: we close it
        assertThat(health.reconnects.get()).isZero();
        assertThat(fake.connections.get()).isEqualTo(1);
        assertThat(health.health().getDetails().get("lastError").toString()).contains("853000").contains("BotID 或 Secret");
        assertThat(health.health().toString()).doesNotContain("wrong-secret");
    }

    @Test
    void beingReplacedByAnotherConnectionStopsTheClientWithoutReconnecting() {
        start(FakeLongConnectionServer.SECRET);
        await().atMost(WAIT).until(() -> health.state() == State.CONNECTED);

        fake.push(FakeLongConnectionServer.callback("aibot_event_callback", "evt-1",
                FakeLongConnectionServer.event("m-1", "disconnected_event")));

        await().atMost(WAIT).until(() -> health.state() == State.REPLACED);
        await().atMost(WAIT).until(() -> fake.closedByClient.get() == 1);
        assertThat(health.reconnects.get()).isZero();
        assertThat(fake.connections.get()).isEqualTo(1);
        assertThat(health.health().getDetails().get("lastError").toString()).contains("同一个 BotID");
        assertThat(health.health().getStatus().getCode()).isEqualTo("WARN");
    }

    private void start(String secret) {
        LongConnectionProperties settings = new LongConnectionProperties(true, FakeLongConnectionServer.BOT_ID, secret,
                fake.url(), Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(2),
                2, Duration.ZERO);
        start(settings);
    }
}
