package org.campaignbot.outbox;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every push is first written here, keyed by what it is about (e.g. {@code reminder:task-5:2027-01-31:lead-3:wecom:robot:office}).
 * The key makes enqueueing idempotent: the reminder cycle can run twice, or after a restart, and each push is
 * stored once. The channel's {@code OutboxDispatcher} sends the stored rows.
 */
@Component
public class Outbox {
    private final JdbcClient jdbc;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
