package org.campaignbot.channel.inbound;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.campaignbot.message.IncomingMessage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code inbox} table: questions accepted and not yet answered. Who answers a WAITING question is decided by its
 * claim: a conditional UPDATE of {@code claimed_until}, so that of two instances (or an instance and the platform's
 * redelivery) exactly one wins. A claim runs out on its own, so a question held by an instance that died is taken
 * over by another after the lease.
 */
@Component
public class Inbox {
    static final String WAITING = "WAITING";
    /** Let go by a stopping instance before the core saw it: the platform's redelivery may take it at once. */
    static final String RELEASED = "RELEASED";
    static final String DONE = "DONE";
    static final String EXPIRED = "EXPIRED";
    private static final Duration KEEP = Duration.ofDays(1);

    private static final RowMapper<Inbound> ROW = (rs, n) -> new Inbound(rs.getString("msg_key"),
            rs.getString("transport"), new IncomingMessage(rs.getString("channel"), rs.getString("conversation_id"),
            rs.getString("user_id"), rs.getString("user_name"), rs.getString("text"), rs.getBoolean("group_chat"),
            rs.getBoolean("mentioned")), rs.getString("route"), rs.getLong("received_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    public Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a new question, claimed until {@code claimedUntil}; false when the key is already there. */
    boolean store(Inbound in, long claimedUntil) {
        IncomingMessage m = in.message();
        try {
            jdbc.sql("""
                    INSERT INTO inbox (msg_key, transport, channel, conversation_id, user_id, user_name, text, group_chat,
                                       mentioned, route, status, received_at, claimed_until)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)""")
                    .params(in.key(), in.transport(), m.channel(), m.conversationId(), m.userId(), m.userName(),
                            m.text(), m.group(), m.mentioned(), in.route(), in.receivedAt(), claimedUntil)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Claims a question whose claim has run out, for a sweep; false when it is answered, expired or held by someone
     * else (another instance, or a redelivery that took it first).
     */
    boolean claim(String key, long until) {
        return jdbc.sql("""
                UPDATE inbox SET status = 'WAITING', claimed_until = ?
                WHERE msg_key = ? AND status IN ('WAITING', 'RELEASED') AND claimed_until < ?""")
                .params(until, key, clock.millis()).update() == 1;
    }

    /** A redelivery takes a released question at once, grace or not; false when a sweep took it first. */
    boolean retake(String key, long until) {
        return jdbc.sql("UPDATE inbox SET status = 'WAITING', claimed_until = ? WHERE msg_key = ? AND status = 'RELEASED'")
                .params(until, key).update() == 1;
    }

    /**
     * Lets a question go that the core never saw (the instance is stopping): a redelivery may take it at once, a
     * sweep from {@code sweepFrom} on, so the platform's own retry, when there is one, gets the first chance.
     */
    void release(String key, long sweepFrom) {
        jdbc.sql("UPDATE inbox SET status = 'RELEASED', claimed_until = ? WHERE msg_key = ? AND status = 'WAITING'")
                .params(sweepFrom, key).update();
    }

    /** The answer was handed to its delivery path: never answer this question again. */
    void done(String key) {
        finish(key, DONE);
    }

    /** Past its reply window; false when someone answered it meanwhile. */
    boolean expire(String key) {
        return finish(key, EXPIRED);
    }

    private boolean finish(String key, String status) {
        return jdbc.sql("UPDATE inbox SET status = ? WHERE msg_key = ? AND status IN ('WAITING', 'RELEASED')")
                .params(status, key).update() == 1;
    }

    /** Removes a question that was refused, not acknowledged: the platform delivers it again, or the asker was told. */
    void remove(String key) {
        jdbc.sql("DELETE FROM inbox WHERE msg_key = ? AND status IN ('WAITING', 'RELEASED')").param(key).update();
    }

    /** Unanswered questions of the given transports whose claim has run out, oldest first. */
    List<Inbound> unclaimed(Collection<String> transports, int limit) {
        if (transports.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(transports);
        params.add(clock.millis());
        params.add(limit);
        return jdbc.sql("SELECT * FROM inbox WHERE transport IN (" + String.join(", ", Collections.nCopies(transports.size(), "?"))
                        + ") AND status IN ('WAITING', 'RELEASED') AND claimed_until < ? ORDER BY received_at LIMIT ?")
                .params(params).query(ROW).list();
    }

    /** The status of a question, for tests and diagnostics; null when unknown. */
    public String status(String key) {
        return jdbc.sql("SELECT status FROM inbox WHERE msg_key = ?").param(key).query(String.class).optional().orElse(null);
    }

    // housekeeping, not a setting: how often expired rows are deleted changes nothing anyone sees
    @Scheduled(fixedDelay = 600_000)
    void purgeOld() {
        jdbc.sql("DELETE FROM inbox WHERE received_at < ?").param(clock.millis() - KEEP.toMillis()).update();
    }
}
