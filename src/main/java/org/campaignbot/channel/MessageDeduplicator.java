package org.campaignbot.channel;

import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Platforms redeliver a callback they think we missed (WeCom after 5 s, DingTalk Stream on a missing ack), and an
 * attacker may replay a captured one. A key seen within {@link #WINDOW} must not be answered twice. The record is a
 * database table, not a map, so it holds across restarts and across instances sharing one database, and its size is
 * bounded by the traffic of one window (purged every minute).
 */
@Component
public class MessageDeduplicator {
    /**
     * Longer than any window in which a callback still verifies: DingTalk accepts a timestamp up to 1 h either side
     * of our clock, so a signed request first seen now can verify until 2 h from now; WeCom's max-clock-skew is at
     * most 1 h. Ten minutes of margin on top.
     */
    public static final Duration WINDOW = Duration.ofMinutes(130);
    private final JdbcClient jdbc;
    private final Clock clock;

    public MessageDeduplicator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time a key is seen within the window; false for a repeat. Atomic across instances. */
    public boolean firstSeen(String key) {
        long now = clock.millis();
        jdbc.sql("DELETE FROM seen_message WHERE msg_key = ? AND seen_at < ?")
                .params(key, now - WINDOW.toMillis()).update();
        try {
            jdbc.sql("INSERT INTO seen_message (msg_key, seen_at) VALUES (?, ?)").params(key, now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Releases a key recorded by {@link #firstSeen} for a message that was accepted but will not be answered (answer
     * queue full, shutting down, a failure before the core ran), so the platform's redelivery is answered instead of
     * swallowed. Never call it once a reply was produced: the redelivery would then be answered a second time.
     */
    public void forget(String key) {
        jdbc.sql("DELETE FROM seen_message WHERE msg_key = ?").param(key).update();
    }

    // housekeeping, not a setting: how often expired rows are deleted changes nothing anyone sees
    @Scheduled(fixedDelay = 60_000)
    void purgeOld() {
        jdbc.sql("DELETE FROM seen_message WHERE seen_at < ?").param(clock.millis() - WINDOW.toMillis()).update();
    }
}
