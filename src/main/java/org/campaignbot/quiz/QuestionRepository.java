package org.campaignbot.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The question bank table. A stem is stored once: adding a question whose stem exists is a no-op. */
@Repository
public class QuestionRepository {
    private static final String COLUMNS = "kind, stem, stem_key, options, answer, explanation, source_sentence, "
            + "source_title, source_section, difficulty, status";

    private final JdbcClient jdbc;
    private final Clock clock;

    public QuestionRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a new question; empty when a question with the same stem is already in the bank. */
    public Optional<Long> add(Question q) {
        long now = clock.millis();
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO quiz_question (" + COLUMNS + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values(q, now, now)).update(keys, "id");
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    /** Replaces every field of an existing question; false when there is none with that id. */
    public boolean update(Question q) {
        Object[] params = values(q, clock.millis(), q.id()); // the last two slots: updated_at, then the id
        return jdbc.sql("""
                UPDATE quiz_question SET kind = ?, stem = ?, stem_key = ?, options = ?, answer = ?, explanation = ?,
                  source_sentence = ?, source_title = ?, source_section = ?, difficulty = ?, status = ?, updated_at = ?
                WHERE id = ?""").params(params).update() == 1;
    }

    public boolean setStatus(long id, Status status) {
        return jdbc.sql("UPDATE quiz_question SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), clock.millis(), id).update() == 1;
    }

    public Optional<Question> find(long id) {
        return jdbc.sql("SELECT * FROM quiz_question WHERE id = ?").param(id).query(QuestionRepository::read).optional();
    }

    /** The question with this stem (ignoring spaces), if any. */
    public Optional<Question> findByStem(String stem) {
        return jdbc.sql("SELECT * FROM quiz_question WHERE stem_key = ?").param(QuizText.stemKey(stem))
                .query(QuestionRepository::read).optional();
    }

    /** Questions in id order; {@code status} null for all. */
    public List<Question> list(Status status, int offset, int limit) {
        String where = status == null ? "" : " WHERE status = '" + status.name() + "'";
        return jdbc.sql("SELECT * FROM quiz_question" + where + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(offset, limit).query(QuestionRepository::read).list();
    }

    public long count(Status status) {
        String where = status == null ? "" : " WHERE status = '" + status.name() + "'";
        return jdbc.sql("SELECT COUNT(*) FROM quiz_question" + where).query(Long.class).single();
    }

    /** Ids of the questions that may be played. */
    public List<Long> approvedIds() {
        return jdbc.sql("SELECT id FROM quiz_question WHERE status = 'APPROVED' ORDER BY id").query(Long.class).list();
    }

    /** The question if it may still be played (an administrator may reject one while a session is open). */
    public Optional<Question> findApproved(long id) {
        return find(id).filter(q -> q.status() == Status.APPROVED);
    }

    /** The columns in {@link #COLUMNS} order, then two more values. */
    private static Object[] values(Question q, long extra1, long extra2) {
        return new Object[] {q.kind().name(), q.stem(), QuizText.stemKey(q.stem()), String.join("\n", q.options()),
                q.answer(), q.explanation(), q.sourceSentence(), q.sourceTitle(), q.sourceSection(), q.difficulty(),
                q.status().name(), extra1, extra2};
    }

    static Question read(ResultSet rs, int row) throws SQLException {
        String options = rs.getString("options");
        return new Question(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("stem"),
                options.isEmpty() ? List.of() : List.of(options.split("\n", -1)), rs.getString("answer"),
                rs.getString("explanation"), rs.getString("source_sentence"), rs.getString("source_title"),
                rs.getString("source_section"), rs.getInt("difficulty"), Status.valueOf(rs.getString("status")));
    }
}
