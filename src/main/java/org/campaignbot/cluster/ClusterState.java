package org.campaignbot.cluster;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Small values every instance must agree on, such as the fingerprint of the plan files the ledger was last read from:
 * each instance notices a change to the shared knowledge folder, and the first to act records what it acted on so
 * the others see there is nothing left to do. Read and written under the matching {@link ClusterLock}.
 */
@Component
public class ClusterState {
    private final JdbcClient jdbc;
    private final Clock clock;

    public ClusterState(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return jdbc.sql("SELECT state_value FROM cluster_state WHERE state_key = ?").param(key).query(String.class).optional();
    }

    /** Call under the lock that guards {@code key}: the UPDATE-then-INSERT is not atomic on its own. */
    public void put(String key, String value) {
        long now = clock.millis();
        if (jdbc.sql("UPDATE cluster_state SET state_value = ?, updated_at = ? WHERE state_key = ?")
                .params(value, now, key).update() == 0) {
            jdbc.sql("INSERT INTO cluster_state (state_key, state_value, updated_at) VALUES (?, ?, ?)")
                    .params(key, value, now).update();
        }
    }
}
