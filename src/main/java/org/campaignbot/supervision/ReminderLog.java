package org.campaignbot.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which reminders were already queued. One row per (task, due date, kind, target), written in the same transaction
 * as the outbox row that carries it: either both exist or neither.
 */
@Repository
public class ReminderLog {
    private static final int IN_LIMIT = 1000;
    private final JdbcTemplate jdbc;

    public ReminderLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String key(ReminderItem item, String targetKey) {
        return "task-" + item.state().task().id() + ":" + item.state().due() + ":" + item.kind().key() + ":" + targetKey;
    }

    /** One reminder of a message: which task, and the outbox row that carries it. */
    public record Row(String key, long taskId, String outboxKey) {
    }

    /**
     * The subset of {@code keys} already recorded: primary-key lookups in IN lists of bounded size (an array
     * parameter with ANY or UNNEST was slower on H2, which then scans the table).
     */
    public Set<String> existing(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += IN_LIMIT) {
            List<String> part = all.subList(i, Math.min(all.size(), i + IN_LIMIT));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            found.addAll(jdbc.queryForList("SELECT reminder_key FROM sup_reminder_log WHERE reminder_key IN (" + marks + ")",
                    String.class, part.toArray()));
        }
        return found;
    }

    /** Throws DuplicateKeyException when another instance recorded one of them first (the caller's transaction rolls back). */
    public void record(List<Row> rows, long now) {
        jdbc.batchUpdate("INSERT INTO sup_reminder_log (reminder_key, task_id, outbox_key, created_at) VALUES (?, ?, ?, ?)",
                rows.stream().map(r -> new Object[] {r.key(), r.taskId(), r.outboxKey(), now}).toList());
    }
}
