package org.campaignbot.quiz.play;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open sessions, in the database so several instances behind one PostgreSQL (and a restart) see the same state.
 * Moving to the next question is a conditional update on the position, so one answer is counted once even when a
 * platform delivers the same message twice at the same moment.
 */
@Repository
class QuizSessions {
    private final JdbcClient jdbc;

    public QuizSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<QuizSession> find(String key) {
        return jdbc.sql("SELECT * FROM quiz_session WHERE session_key = ?").param(key)
                .query((rs, n) -> new QuizSession(rs.getString("session_key"),
                        QuizSession.Mode.valueOf(rs.getString("mode")), ids(rs.getString("question_ids")),
                        rs.getInt("position"), rs.getInt("correct"), rs.getInt("points"), rs.getLong("last_active_at")))
                .optional();
    }

    /** Starts a session, replacing any earlier one of the same person in the same chat. */
    public void start(QuizSession s) {
        end(s.key());
        jdbc.sql("""
                INSERT INTO quiz_session (session_key, mode, question_ids, position, correct, points, last_active_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(s.key(), s.mode().name(), s.questionIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        s.position(), s.correct(), s.points(), s.lastActiveAt())
                .update();
    }

    /** Moves past the question at {@code position}; false when another request already did. */
    public boolean advance(String key, int position, boolean correct, int points, long now) {
        return jdbc.sql("""
                UPDATE quiz_session SET position = position + 1, correct = correct + ?, points = points + ?,
                    last_active_at = ? WHERE session_key = ? AND position = ?""")
                .params(correct ? 1 : 0, points, now, key, position).update() == 1;
    }

    public void end(String key) {
        jdbc.sql("DELETE FROM quiz_session WHERE session_key = ?").param(key).update();
    }

    /** Removes sessions idle since before {@code cutoff}; they end quietly. */
    public int endIdle(long cutoff) {
        return jdbc.sql("DELETE FROM quiz_session WHERE last_active_at < ?").param(cutoff).update();
    }

    private static List<Long> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }
}
