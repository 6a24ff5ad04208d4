package org.campaignbot.channel.wecom.longconn;

import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.json.JsonMapper;

/**
 * A long-connection client of its own against a fake server of its own, without Spring: for what happens before or
 * around the answering pipeline (subscription, final states, liveness). Callbacks reach no pipeline.
 */
abstract class StandaloneClientTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    final JsonMapper json = JsonMapper.builder().build();
    final FakeLongConnectionServer fake = new FakeLongConnectionServer();
    final LongConnectionHealth health = new LongConnectionHealth(Clock.systemUTC());
    private LongConnectionClient client;

    @AfterEach
    void stopClientAndFake() {
        if (client != null) {
            client.stop();
        }
        fake.close();
    }

    void start(LongConnectionProperties settings) {
        client = new LongConnectionClient(settings, new CallbackHandler(null, health, json, Duration.ofSeconds(2)),
                health, json, new OkHttpClient());
        client.start();
    }
}
