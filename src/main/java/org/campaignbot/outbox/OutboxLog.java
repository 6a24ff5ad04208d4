package org.campaignbot.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as the office reads it (推送记录): what waits, what failed and why, what went out; and "retry now" for a
 * failed push. Read-only apart from {@link #retryNow}, which only brings a waiting row's next attempt forward: the
 * dispatcher still claims and sends it as any other.
 */
@Component
public class OutboxLog {
    private static final String PENDING = OutboxStatus.PENDING.name();
    private static final String SENT = OutboxStatus.SENT.name();
    private final JdbcClient jdbc;
    private final Clock clock;

    public OutboxLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Which rows to list. A failed push is one still waiting after an attempt the platform refused. */
    public enum Filter {
        ALL, PENDING, FAILED, SENT
    }

    /**
     * A stored push.
     *
     * @param lastError the platform's (or the channel's) error of the last failed attempt; null when none failed
     */
    public record Row(long id, String dedupeKey, OutboundTarget target, String title, String text, boolean markdown,
                      OutboxStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                      String lastError) {
        public boolean failed() {
            return status != OutboxStatus.SENT && lastError != null;
        }
    }

    public record Page(List<Row> rows, long total) {
    }

    /**
     * @param waiting   not yet sent (pending or being sent)
     * @param failing   waiting after a failed attempt
     * @param sentSince sent since the instant given
     * @param queuedSince queued since the instant given
     */
    public record Counts(long waiting, long failing, long sentSince, long queuedSince) {
    }

    /** Rows of the filter whose key, target or text contains {@code text} (null: any), newest first. */
    public Page list(Filter filter, String text, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(switch (filter) {
            case ALL -> " WHERE 1 = 1";
            case PENDING -> " WHERE status <> '" + SENT + "' AND last_error IS NULL";
            case FAILED -> " WHERE status <> '" + SENT + "' AND last_error IS NOT NULL";
            case SENT -> " WHERE status = '" + SENT + "'";
        });
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (LOWER(dedupe_key) LIKE ? OR LOWER(target_id) LIKE ? OR LOWER(title) LIKE ? OR LOWER(body) LIKE ?)");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM outbox" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(offset);
        paged.add(limit);
        List<Row> rows = jdbc.sql("SELECT * FROM outbox" + where + " ORDER BY created_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(paged).query((rs, n) -> row(rs)).list();
        return new Page(rows, total);
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT * FROM outbox WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public Counts counts(Instant since) {
        long s = since.toEpochMilli();
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN status <> ? THEN 1 ELSE 0 END), 0) AS waiting,
                       COALESCE(SUM(CASE WHEN status <> ? AND last_error IS NOT NULL THEN 1 ELSE 0 END), 0) AS failing,
                       COALESCE(SUM(CASE WHEN status = ? AND sent_at >= ? THEN 1 ELSE 0 END), 0) AS sent_since,
                       COALESCE(SUM(CASE WHEN created_at >= ? THEN 1 ELSE 0 END), 0) AS queued_since
                FROM outbox""")
                .params(SENT, SENT, SENT, s, s)
                .query((rs, n) -> new Counts(rs.getLong("waiting"), rs.getLong("failing"), rs.getLong("sent_since"),
                        rs.getLong("queued_since")))
                .single();
    }

    /**
     * Makes a waiting push due now, so the dispatcher's next round (within {@code bot.outbox.poll-interval}) tries it;
     * false when the row is unknown, already sent, or being sent right now.
     */
    public boolean retryNow(long id) {
        return jdbc.sql("UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status = ?")
                .params(clock.millis(), id, PENDING).update() == 1;
    }

    private static Row row(ResultSet rs) throws SQLException {
        Outbox.Entry entry = Outbox.read(rs);
        long sent = rs.getLong("sent_at");
        boolean sentNull = rs.wasNull();
        return new Row(entry.id(), entry.dedupeKey(), entry.target(), entry.message().title(), entry.message().text(),
                entry.message().markdown(), OutboxStatus.valueOf(rs.getString("status")), entry.attempts(),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
                sentNull ? null : Instant.ofEpochMilli(sent), rs.getString("last_error"));
    }
}
