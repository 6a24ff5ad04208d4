package org.campaignbot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.campaignbot.cluster.InstanceId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every push is first written here, keyed by what it is about (e.g. {@code reminder:task-5:2027-01-31:lead-3:wecom:robot:office}).
 * The key makes enqueueing idempotent: the reminder cycle can run twice, or after a restart, and each push is
 * stored once. The channel's {@code OutboxDispatcher} sends the stored rows, which it first {@link #claim claims}.
 */
@Component
public class Outbox {
    private static final String PENDING = OutboxStatus.PENDING.name();
    private static final String SENDING = OutboxStatus.SENDING.name();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String owner;

    public Outbox(JdbcClient jdbc, Clock clock, TransactionTemplate tx, InstanceId instance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
        this.owner = instance.value();
    }

    /**
     * Stores the push unless one with the same key exists. Returns true when it was new.
     *
     * <p>The existence check is part of the INSERT, so a repeat is not an SQL error: on PostgreSQL a failed statement
     * would abort the caller's whole transaction (the reminder cycle enqueues inside one). Only two instances racing
     * for the same new key can still hit the unique constraint, which is then reported as "not new".
     */
    public boolean enqueue(String dedupeKey, OutboundTarget target, OutboundMessage message) {
        long now = clock.millis();
        try {
            return jdbc.sql("""
                    INSERT INTO outbox (dedupe_key, channel, target_kind, target_id, title, body, markdown,
                        mention_user_ids, mention_mobiles, mention_all, status, attempts, next_attempt_at, created_at)
                    SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?
                    WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE dedupe_key = ?)""")
                    .params(dedupeKey, target.channel(), target.kind().value(), target.id(), message.title(),
                            message.text(), message.markdown(), String.join(",", message.mentionUserIds()),
                            String.join(",", message.mentionMobiles()), message.mentionAll(),
                            OutboxStatus.PENDING.name(), now, now, dedupeKey)
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Rows this instance has claimed, and the moment its lease on them ends. */
    public record Claim(List<Entry> entries, long until) {
    }

    /**
     * Claims up to {@code max} due rows (pending and due, or claimed by an instance whose lease ran out) for
     * {@code lease}. {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, and H2 2.2 and later, same SQL) lets instances
     * that poll at the same moment take different rows instead of queueing behind each other's locks, and the
     * conditional status in the WHERE clause means a row claimed and committed by one is never claimed by another
     * until its lease is over.
     */
    public Claim claim(int max, Duration lease) {
        long now = clock.millis();
        long until = now + lease.toMillis();
        List<Entry> claimed = tx.execute(s -> {
            List<Long> ids = jdbc.sql("""
                    SELECT id FROM outbox
                    WHERE (status = ? AND next_attempt_at <= ?) OR (status = ? AND claimed_until < ?)
                    ORDER BY next_attempt_at, id
                    FETCH FIRST ? ROWS ONLY
                    FOR UPDATE SKIP LOCKED""")
                    .params(PENDING, now, SENDING, now, max).query(Long.class).list();
            if (ids.isEmpty()) {
                return List.<Entry>of();
            }
            String in = String.join(",", Collections.nCopies(ids.size(), "?"));
            List<Object> params = new ArrayList<>(List.of(SENDING, until, owner));
            params.addAll(ids);
            jdbc.sql("UPDATE outbox SET status = ?, claimed_until = ?, claimed_by = ? WHERE id IN (" + in + ")")
                    .params(params).update();
            return jdbc.sql("SELECT * FROM outbox WHERE id IN (" + in + ") ORDER BY next_attempt_at, id")
                    .params(new ArrayList<Object>(ids)).query((rs, n) -> read(rs)).list();
        });
        return new Claim(claimed, until);
    }

    /**
     * Records a delivered row. Not conditional on the lease: if it ran out and another instance took the row over,
     * the push still went out, and marking it sent at least keeps it from being claimed yet again.
     */
    public void markSent(long id) {
        jdbc.sql("UPDATE outbox SET status = ?, sent_at = ?, claimed_until = NULL, claimed_by = NULL, last_error = NULL WHERE id = ?")
                .params(OutboxStatus.SENT.name(), clock.millis(), id).update();
    }

    /** Puts a claimed row back for another attempt at {@code nextAttemptAt}, unless another instance holds it now. */
    public void reschedule(long id, int attempts, long nextAttemptAt, String error) {
        jdbc.sql("""
                UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, claimed_until = NULL, claimed_by = NULL,
                    last_error = ? WHERE id = ? AND status = ? AND claimed_by = ?""")
                .params(PENDING, attempts, nextAttemptAt, error == null ? null : error.substring(0, Math.min(1000, error.length())),
                        id, SENDING, owner)
                .update();
    }

    /** Gives back a claimed row that will not be tried under this lease; it is due again at once. */
    public void release(Entry entry) {
        jdbc.sql("""
                UPDATE outbox SET status = ?, claimed_until = NULL, claimed_by = NULL
                WHERE id = ? AND status = ? AND claimed_by = ?""")
                .params(PENDING, entry.id(), SENDING, owner).update();
    }

    /** A stored push, as the dispatcher reads it back. */
    public record Entry(long id, String dedupeKey, OutboundTarget target, OutboundMessage message, int attempts) {
    }

    /** One row of the outbox table as an entry; the dispatcher reads its claimed rows with it. */
    public static Entry read(java.sql.ResultSet rs) throws java.sql.SQLException {
        var target = new OutboundTarget(rs.getString("channel"), TargetKind.of(rs.getString("target_kind")),
                rs.getString("target_id"));
        var message = new OutboundMessage(rs.getString("title"), rs.getString("body"), rs.getBoolean("markdown"),
                split(rs.getString("mention_user_ids")), split(rs.getString("mention_mobiles")),
                rs.getBoolean("mention_all"));
        return new Entry(rs.getLong("id"), rs.getString("dedupe_key"), target, message, rs.getInt("attempts"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** Counts by status, for health details and tests. */
    public long count(OutboxStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = ?").param(status.name()).query(Long.class).single();
    }
}
