package org.campaignbot.channel.wecom;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Answers in flight, in the database so that retries and stream polls work across restarts and instances.
 * Every state change is a conditional UPDATE ({@link #move}), so exactly one caller wins each delivery.
 */
@Component
@Conditional(WeComConditions.AnyCallback.class)
class WeComAnswerStore {
    static final String PENDING = "PENDING";
    static final String READY = "READY";
    static final String PASSIVE = "PASSIVE";
    static final String PUSHED = "PUSHED";
    static final String STREAMED = "STREAMED";
    static final String POSTED = "POSTED";
    private static final Duration KEEP = Duration.ofHours(1);

    record Row(String key, String streamId, String reply, String status, String chatId, String responseUrl,
               long createdAt) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getString("msg_key"), rs.getString("stream_id"),
            rs.getString("reply"), rs.getString("status"), rs.getString("chat_id"), rs.getString("response_url"),
            rs.getLong("created_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    WeComAnswerStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a new question; false if it is already recorded (a replay older than the dedupe window, whose answer
     * row is kept longer), which callers treat like any repeat.
     */
    boolean start(String key, String streamId, String chatId, String responseUrl) {
        try {
            jdbc.sql("""
                    INSERT INTO wecom_answer (msg_key, stream_id, status, chat_id, response_url, created_at)
                    VALUES (?, ?, 'PENDING', ?, ?, ?)""")
                    .params(key, streamId, chatId, responseUrl == null || responseUrl.length() > 2000 ? null : responseUrl,
                            clock.millis()).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** A message key that fits the tables: ids too long for them (never seen from WeCom) are hashed. */
    static String key(String prefix, String id) {
        return id.length() <= 200 ? prefix + id : prefix + "sha1:" + WeComSignature.sha1Hex(id);
    }

    Optional<Row> find(String key) {
        return jdbc.sql("SELECT * FROM wecom_answer WHERE msg_key = ?").param(key).query(ROW).optional();
    }

    Optional<Row> findByStream(String streamId) {
        return jdbc.sql("SELECT * FROM wecom_answer WHERE stream_id = ?").param(streamId).query(ROW).optional();
    }

    /** Moves from one status to another, storing the reply if given; false when someone else moved it first. */
    boolean move(String key, String from, String to, String reply) {
        return jdbc.sql("""
                UPDATE wecom_answer SET status = ?, reply = COALESCE(?, reply) WHERE msg_key = ? AND status = ?""")
                .params(to, reply, key, from).update() == 1;
    }

    /**
     * Removes a question that will not be answered (it never reached the core), so a redelivery can start it again.
     * Only in the status the caller left it in (PENDING, or PUSHED for an app answer that was to follow): a row that
     * moved on holds an answer, and its redelivery must get that answer.
     */
    void abandon(String key, String status) {
        jdbc.sql("DELETE FROM wecom_answer WHERE msg_key = ? AND status = ? AND reply IS NULL")
                .params(key, status).update();
    }

    /** Answers that are ready but were never shown, for questions asked before {@code askedBefore}. */
    List<Row> readyUnshown(long askedBefore) {
        return jdbc.sql("SELECT * FROM wecom_answer WHERE status = 'READY' AND created_at < ? ORDER BY created_at")
                .param(askedBefore).query(ROW).list();
    }

    // housekeeping, not a setting: how often expired rows are deleted changes nothing anyone sees
    @Scheduled(fixedDelay = 600_000)
    void purgeOld() {
        jdbc.sql("DELETE FROM wecom_answer WHERE created_at < ?").param(clock.millis() - KEEP.toMillis()).update();
    }
}
