package org.campaignbot.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sliding-window rate limits counted in the database, so that every instance on it draws from one allowance: two
 * instances pushing to one robot together still send at most 20 a minute, as WeCom and DingTalk require per robot.
 *
 * <p>Taking a slot locks the key's {@code rate_bucket} row (the UPDATE that touches it holds the row lock until
 * commit), then counts the key's slots inside the window and adds one if there is room. Instances asking for the same
 * robot at once therefore count one after the other; different robots never wait for each other. A few milliseconds
 * of database work per push, against a platform call that takes tens.
 */
@Component
public class SharedRateLimits {
    /** Older slots count for no window in use (the longest is a minute); idle buckets are dropped after a day. */
    private static final Duration KEEP_SLOTS = Duration.ofHours(1);
    private static final Duration KEEP_BUCKETS = Duration.ofDays(1);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;

    public SharedRateLimits(JdbcClient jdbc, Clock clock, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
    }

    /** Takes a slot and returns zero, or takes nothing and returns how long until a slot frees up. */
    public Duration tryAcquire(String key, int limit, Duration window) {
        long now = clock.millis();
        Duration wait = tx.execute(s -> lockBucket(key, now) ? take(key, limit, window, now) : null);
        if (wait == null) {
            addBucket(key, now);
            wait = tx.execute(s -> {
                lockBucket(key, now);
                return take(key, limit, window, now);
            });
        }
        return wait;
    }

    private boolean lockBucket(String key, long now) {
        return jdbc.sql("UPDATE rate_bucket SET touched_at = ? WHERE bucket_key = ?").params(now, key).update() == 1;
    }

    /** Outside any transaction: on PostgreSQL a duplicate key would spoil the transaction it happened in. */
    private void addBucket(String key, long now) {
        try {
            jdbc.sql("INSERT INTO rate_bucket (bucket_key, touched_at) SELECT ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM rate_bucket WHERE bucket_key = ?)").params(key, now, key).update();
        } catch (DuplicateKeyException anotherInstanceAddedItFirst) {
            // fine: the bucket exists
        }
    }

    private Duration take(String key, int limit, Duration window, long now) {
        long from = now - window.toMillis();
        List<Long> taken = jdbc.sql("SELECT taken_at FROM rate_slot WHERE bucket_key = ? AND taken_at > ? ORDER BY taken_at")
                .params(key, from).query(Long.class).list();
        if (taken.size() < limit) {
            jdbc.sql("INSERT INTO rate_slot (bucket_key, taken_at) VALUES (?, ?)").params(key, now).update();
            return Duration.ZERO;
        }
        // the slot that must leave the window before the count drops below the limit
        return Duration.ofMillis(taken.get(taken.size() - limit) + window.toMillis() - now);
    }

    // housekeeping, not a setting: how often expired rows are deleted changes nothing anyone sees
    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    public void purge() {
        long now = clock.millis();
        jdbc.sql("DELETE FROM rate_slot WHERE taken_at < ?").param(now - KEEP_SLOTS.toMillis()).update();
        jdbc.sql("DELETE FROM rate_bucket WHERE touched_at < ?").param(now - KEEP_BUCKETS.toMillis()).update();
    }
}
