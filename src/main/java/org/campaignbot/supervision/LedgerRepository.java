package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.Deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the ledger tables. No rules here: {@link Ledger} and {@link LedgerSync} decide. */
@Repository
public class LedgerRepository {
    static final String UNIT_JOIN = "、";
    private final JdbcClient jdbc;

    public LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every task, removed ones included, in id order. */
    public List<Task> all() {
        return jdbc.sql("SELECT * FROM sup_task ORDER BY id").query((rs, n) -> task(rs)).list();
    }

    /** Tasks still in a plan (open or closed), in id order. */
    public List<Task> current() {
        return jdbc.sql("SELECT * FROM sup_task WHERE removed = FALSE ORDER BY id").query((rs, n) -> task(rs)).list();
    }

    /** The task a plan's row became: same document, same title (the index on source keeps this a short scan). */
    public Optional<Task> findInPlan(String source, String title) {
        return jdbc.sql("SELECT * FROM sup_task WHERE source = ? AND title = ? AND removed = FALSE ORDER BY id")
                .params(source, title).query((rs, n) -> task(rs)).list().stream().findFirst();
    }

    public Optional<Task> find(long id) {
        return jdbc.sql("SELECT * FROM sup_task WHERE id = ? AND removed = FALSE").param(id).query((rs, n) -> task(rs)).optional();
    }

    public void insert(PlanTask p, LocalDate periodDue, long now) {
        jdbc.sql("""
                INSERT INTO sup_task (source, table_index, task_no, title, lead_unit, co_units, owner, deadline_text,
                    deadline_kind, deadline_date, deadline_day, period_due, removed, first_seen_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)""")
                .params(p.source(), p.tableIndex(), p.no(), p.title(), p.leadUnit(), String.join(UNIT_JOIN, p.coUnits()),
                        p.owner(), p.deadline().text(), p.deadline().kind().name(), iso(p.deadline().date()),
                        p.deadline().day(), iso(periodDue), now, now)
                .update();
    }

    public void updateFromPlan(long id, PlanTask p, LocalDate periodDue, long now) {
        jdbc.sql("""
                UPDATE sup_task SET source = ?, table_index = ?, task_no = ?, title = ?, lead_unit = ?, co_units = ?,
                    owner = ?, deadline_text = ?, deadline_kind = ?, deadline_date = ?, deadline_day = ?, period_due = ?,
                    removed = FALSE, updated_at = ? WHERE id = ?""")
                .params(p.source(), p.tableIndex(), p.no(), p.title(), p.leadUnit(), String.join(UNIT_JOIN, p.coUnits()),
                        p.owner(), p.deadline().text(), p.deadline().kind().name(), iso(p.deadline().date()),
                        p.deadline().day(), iso(periodDue), now, id)
                .update();
    }

    public void markRemoved(long id, long now) {
        jdbc.sql("UPDATE sup_task SET removed = TRUE, updated_at = ? WHERE id = ?").params(now, id).update();
    }

    public void addProgress(Progress p, String channel, String userId) {
        jdbc.sql("""
                INSERT INTO sup_progress (task_id, reporter, unit, channel, user_id, body, percent, reported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.taskId(), p.reporter(), p.unit(), channel, userId, p.body(), p.percent(), p.reportedAt())
                .update();
    }

    public void updateProgressState(long id, Integer percent, LocalDate periodDue, long now) {
        jdbc.sql("UPDATE sup_task SET progress_percent = COALESCE(?, progress_percent), period_due = ?, updated_at = ? WHERE id = ?")
                .params(percent, iso(periodDue), now, id).update();
    }

    public boolean reportedSince(long taskId, long since) {
        return jdbc.sql("SELECT COUNT(*) FROM sup_progress WHERE task_id = ? AND reported_at >= ?").params(taskId, since)
                .query(Long.class).single() > 0;
    }

    public List<Progress> progress(long taskId) {
        return jdbc.sql("SELECT * FROM sup_progress WHERE task_id = ? ORDER BY reported_at, id").param(taskId)
                .query((rs, n) -> new Progress(rs.getLong("task_id"), rs.getString("reporter"), rs.getString("unit"),
                        rs.getString("body"), (Integer) rs.getObject("percent", Integer.class), rs.getLong("reported_at")))
                .list();
    }

    /**
     * Records the unit's request and who made it on which platform (the rejection goes back there); returns false
     * when the task is already closed or already requested.
     */
    public boolean requestClose(long id, String by, String channel, String userId, long now) {
        return jdbc.sql("""
                UPDATE sup_task SET close_requested_at = ?, close_requested_by = ?, close_requested_channel = ?,
                    close_requested_user_id = ?, updated_at = ?
                WHERE id = ? AND closed_at IS NULL AND close_requested_at IS NULL""")
                .params(now, by, channel, userId, now, id).update() == 1;
    }

    /** A pending close request: who asked, from where, and when. */
    public record CloseRequest(long taskId, String by, String channel, String userId, long requestedAt) {
    }

    private static final String PENDING = """
            SELECT id, close_requested_by, close_requested_channel, close_requested_user_id, close_requested_at
            FROM sup_task WHERE close_requested_at IS NOT NULL AND closed_at IS NULL AND removed = FALSE""";

    public Optional<CloseRequest> closeRequest(long id) {
        return jdbc.sql(PENDING + " AND id = ?").param(id).query((rs, n) -> closeRequest(rs)).optional();
    }

    public List<CloseRequest> closeRequests() {
        return jdbc.sql(PENDING + " ORDER BY close_requested_at, id").query((rs, n) -> closeRequest(rs)).list();
    }

    private static CloseRequest closeRequest(ResultSet rs) throws SQLException {
        return new CloseRequest(rs.getLong("id"), rs.getString("close_requested_by"),
                rs.getString("close_requested_channel"), rs.getString("close_requested_user_id"),
                rs.getLong("close_requested_at"));
    }

    /** Clears that very request (not a newer one) and records why; false when it is no longer pending. */
    public boolean rejectClose(long id, long requestedAt, String reason, long now) {
        return jdbc.sql("""
                UPDATE sup_task SET close_requested_at = NULL, close_requested_by = NULL, close_requested_channel = NULL,
                    close_requested_user_id = NULL, close_rejected_at = ?, close_rejected_reason = ?, updated_at = ?
                WHERE id = ? AND close_requested_at = ? AND closed_at IS NULL""")
                .params(now, reason, now, id, requestedAt).update() == 1;
    }

    /** The last rejected close request of a task: when, and the reason the requester was given. */
    public record Rejection(long rejectedAt, String reason) {
    }

    public Optional<Rejection> lastRejection(long id) {
        return jdbc.sql("SELECT close_rejected_at, close_rejected_reason FROM sup_task WHERE id = ? AND close_rejected_at IS NOT NULL")
                .param(id).query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Undoes a close (and the request before it); false when the task is not closed or unknown. */
    public boolean reopen(long id, long now) {
        return jdbc.sql("""
                UPDATE sup_task SET closed_at = NULL, closed_by = NULL, close_requested_at = NULL,
                    close_requested_by = NULL, close_requested_channel = NULL, close_requested_user_id = NULL,
                    updated_at = ?
                WHERE id = ? AND closed_at IS NOT NULL AND removed = FALSE""")
                .params(now, id).update() == 1;
    }

    /** Closes the task; returns false when it was already closed or does not exist. */
    public boolean close(long id, String by, long now) {
        return jdbc.sql("UPDATE sup_task SET closed_at = ?, closed_by = ?, updated_at = ? WHERE id = ? AND closed_at IS NULL AND removed = FALSE")
                .params(now, by, now, id).update() == 1;
    }

    private static Task task(ResultSet rs) throws SQLException {
        String co = rs.getString("co_units");
        var deadline = new Deadline(Deadline.Kind.valueOf(rs.getString("deadline_kind")), date(rs.getString("deadline_date")),
                rs.getInt("deadline_day"), rs.getString("deadline_text"));
        return new Task(rs.getLong("id"), rs.getString("source"), rs.getInt("table_index"), rs.getString("task_no"),
                rs.getString("title"), rs.getString("lead_unit"), co.isEmpty() ? List.of() : Arrays.asList(co.split(UNIT_JOIN)),
                rs.getString("owner"), deadline, date(rs.getString("period_due")),
                (Integer) rs.getObject("progress_percent", Integer.class), (Long) rs.getObject("close_requested_at", Long.class),
                rs.getString("close_requested_by"), (Long) rs.getObject("closed_at", Long.class), rs.getString("closed_by"),
                rs.getBoolean("removed"));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
