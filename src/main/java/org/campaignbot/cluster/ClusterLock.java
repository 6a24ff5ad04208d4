package org.campaignbot.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lock shared by every instance on one database, for the scheduled cycles (reminders, bulletins, daily quiz,
 * backups, ledger and question-bank sync): while one instance runs a cycle, another that reaches it at the same moment
 * skips its turn instead of running it alongside.
 *
 * <p>A row per lock with {@code locked_until}: taking the lock is a conditional UPDATE (or the first INSERT), which
 * the database performs atomically, so exactly one instance gets it — the scheme ShedLock's JDBC provider uses, kept
 * in thirty lines here rather than a dependency. An instance that dies holding a lock frees it when
 * {@code locked_until} passes, so {@code atMost} must be longer than the task can take. Instances must agree on the
 * time within a few seconds (NTP), as the lock is judged by each instance's own clock.
 *
 * <p>The lock prevents overlap; it does not make a cycle run once per period. The cycles themselves are idempotent
 * (outbox keys, reminder log, contest keys, stored fingerprints), so a second instance running the same cycle after
 * the first finished queues nothing new.
 */
@Component
public class ClusterLock {
    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String owner;

    public ClusterLock(JdbcClient jdbc, Clock clock, InstanceId instance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.owner = instance.value();
    }

    /** Runs {@code task} holding the lock and returns true; returns false at once if another instance holds it. */
    public boolean runExclusively(String name, Duration atMost, Runnable task) {
        return callExclusively(name, atMost, () -> {
            task.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Like {@link #runExclusively} with a result; null when another instance holds the lock. */
    public <T> T callExclusively(String name, Duration atMost, Supplier<T> task) {
        if (!acquire(name, atMost)) {
            log.debug("另一个实例正在执行 {}，本实例这次跳过", name);
            return null;
        }
        try {
            return task.get();
        } finally {
            release(name);
        }
    }

    boolean acquire(String name, Duration atMost) {
        long now = clock.millis();
        long until = now + atMost.toMillis();
        int taken = jdbc.sql("""
                UPDATE cluster_lock SET locked_until = ?, locked_at = ?, locked_by = ?
                WHERE lock_name = ? AND locked_until <= ?""")
                .params(until, now, owner, name, now).update();
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.sql("""
                    INSERT INTO cluster_lock (lock_name, locked_until, locked_at, locked_by)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM cluster_lock WHERE lock_name = ?)""")
                    .params(name, until, now, owner, name).update() == 1;
        } catch (DuplicateKeyException anotherInstanceInsertedItFirst) {
            return false;
        }
    }

    void release(String name) {
        jdbc.sql("UPDATE cluster_lock SET locked_until = ? WHERE lock_name = ? AND locked_by = ?")
                .params(clock.millis(), name, owner).update();
    }
}
