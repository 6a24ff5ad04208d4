package org.campaignbot.channel.wecom.longconn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.campaignbot.channel.inbound.ConnectionHealth.State;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Liveness beyond "the socket closed": heartbeats that go unanswered while other frames still arrive, and a
 * connection whose heartbeats are answered but that delivers nothing (half-alive). Each is detected, shown in
 * health and answered with a new connection. Own client and fake server, short windows, no Spring.
 */
class LongConnectionLivenessTest extends StandaloneClientTest {

    @Test
    void pingsLeftUnansweredWhileOtherFramesStillArriveCauseAReconnect() {
        start(Duration.ZERO); // no idle check: only the heartbeat is under test
        await().atMost(WAIT).until(() -> health.state() == State.CONNECTED);
        fake.ackPings = false;
        for (int i = 0; i < 8 && health.heartbeatReconnects.get() == 0; i++) {
            // frames keep coming (unknown commands, ignored), so the silence timeout (10 s) never fires
            fake.push("{\"cmd\":\"aibot_keepalive_probe\",\"headers\":{\"req_id\":\"p" + i + "\"},\"body\":{}}");
            await().pollDelay(Duration.ofMillis(100)).atMost(WAIT).until(() -> true);
        }
        await().atMost(WAIT).until(() -> health.heartbeatReconnects.get() == 1);
        fake.ackPings = true;
        await().atMost(WAIT).until(() -> fake.connections.get() == 2 && health.state() == State.CONNECTED);
        JsonNode details = json.valueToTree(health.health().getDetails());
        assertThat(details.path("missedHeartbeats").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(details.path("silentReconnects").asLong()).isZero();
        assertThat(details.path("lastError").asString()).contains("心跳连续");
    }

    @Test
    void aConnectionWhosePingsAreAnsweredButThatDeliversNothingIsReplaced() {
        start(Duration.ofMillis(800));
        await().atMost(WAIT).until(() -> health.state() == State.CONNECTED);

        await().atMost(WAIT).until(() -> health.idleReconnects.get() >= 1);
        await().atMost(WAIT).until(() -> fake.connections.get() >= 2 && health.state() == State.CONNECTED);
        JsonNode details = json.valueToTree(health.health().getDetails());
        assertThat(details.path("heartbeatReconnects").asLong()).isZero(); // the pings were answered all along
        assertThat(details.path("silentReconnects").asLong()).isZero();
        assertThat(details.path("lastError").asString()).contains("半死");
    }

    @Test
    void questionsKeepAConnectionFromBeingTakenForIdle() {
        start(Duration.ofMillis(800));
        await().atMost(WAIT).until(() -> health.state() == State.CONNECTED);
        for (int i = 0; i < 8; i++) { // an event every 250 ms for 2 s: never 800 ms without one
            fake.push(FakeLongConnectionServer.callback("aibot_event_callback", "evt-" + i,
                    FakeLongConnectionServer.event("m-" + i, "some_event")));
            await().pollDelay(Duration.ofMillis(250)).atMost(WAIT).until(() -> true);
        }
        assertThat(health.idleReconnects.get()).isZero();
        assertThat(fake.connections.get()).isEqualTo(1);
    }

    private void start(Duration idleReconnect) {
        LongConnectionProperties settings = new LongConnectionProperties(true, FakeLongConnectionServer.BOT_ID,
                FakeLongConnectionServer.SECRET, fake.url(), Duration.ofMillis(100), Duration.ofSeconds(10),
                Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(2), 2, idleReconnect);
        start(settings);
    }
}
