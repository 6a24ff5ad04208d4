package org.campaignbot.quiz.play;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.quiz.QuizProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every answer given, and what follows from them: points under the daily cap, personal totals, rankings by person
 * (units are summed by {@link Leaderboard}) and the wrong-answer book. Points are stored as awarded, so a ranking is
 * a plain sum.
 */
@Component
public class Scoreboard {
    /** One person's place in a ranking; {@code reachedAt} breaks ties: who got there first ranks higher. */
    public record Rank(String userId, String userName, int points, long reachedAt) {
    }

    /** 我的积分. */
    public record Totals(int today, int week, int total, int answered, int correct) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final QuizProperties props;

    public Scoreboard(JdbcClient jdbc, Clock clock, QuizProperties props) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.props = props;
    }

    /** How many of {@code points} this person may still earn today under the daily cap. */
    public int capped(String channel, String userId, int points) {
        int earned = jdbc.sql("SELECT COALESCE(SUM(points), 0) FROM quiz_answer WHERE channel = ? AND user_id = ? AND answer_day = ?")
                .params(channel, userId, today().toString()).query(Integer.class).single();
        return Math.max(0, Math.min(points, props.dailyCap() - earned));
    }

    /** Records an answer with the points awarded for it (already {@link #capped}). */
    public void record(IncomingMessage m, long questionId, String mode, boolean correct, int awarded) {
        jdbc.sql("""
                INSERT INTO quiz_answer (channel, conversation_id, user_id, user_name, question_id, mode, correct, points,
                    answer_day, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.channel(), m.conversationId(), m.userId(), m.userName(), questionId, mode, correct, awarded,
                        today().toString(), clock.millis())
                .update();
    }

    public Totals totals(String channel, String userId) {
        long week = weekStart();
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN answer_day = ? THEN points ELSE 0 END), 0) AS today,
                       COALESCE(SUM(CASE WHEN answered_at >= ? THEN points ELSE 0 END), 0) AS week,
                       COALESCE(SUM(points), 0) AS total, COUNT(*) AS answered,
                       COALESCE(SUM(CASE WHEN correct THEN 1 ELSE 0 END), 0) AS right_ones
                FROM quiz_answer WHERE channel = ? AND user_id = ?""")
                .params(today().toString(), week, channel, userId)
                .query((rs, n) -> new Totals(rs.getInt("today"), rs.getInt("week"), rs.getInt("total"),
                        rs.getInt("answered"), rs.getInt("right_ones")))
                .single();
    }

    /**
     * People by points earned since {@code since} (epoch ms), best first.
     *
     * @param conversationId only points earned in this chat; null for the whole channel
     */
    public List<Rank> people(String channel, String conversationId, long since) {
        String inChat = conversationId == null ? "" : " AND conversation_id = ?";
        Object[] params = conversationId == null ? new Object[] {channel, since} : new Object[] {channel, since, conversationId};
        return jdbc.sql("""
                SELECT user_id, MAX(user_name) AS user_name, SUM(points) AS points,
                       MAX(CASE WHEN points > 0 THEN answered_at END) AS reached_at
                FROM quiz_answer WHERE channel = ? AND answered_at >= ?""" + inChat + """
                 GROUP BY user_id HAVING SUM(points) > 0
                ORDER BY points DESC, reached_at ASC, user_id""")
                .params(params)
                .query((rs, n) -> new Rank(rs.getString("user_id"), rs.getString("user_name"), rs.getInt("points"),
                        rs.getLong("reached_at")))
                .list();
    }

    /** Questions whose latest answer by this person was wrong, oldest mistake first. */
    public List<Long> wrongBook(String channel, String userId) {
        return jdbc.sql("""
                SELECT a.question_id FROM quiz_answer a
                WHERE a.channel = ? AND a.user_id = ? AND a.correct = FALSE
                  AND a.id = (SELECT MAX(b.id) FROM quiz_answer b
                              WHERE b.channel = a.channel AND b.user_id = a.user_id AND b.question_id = a.question_id)
                ORDER BY a.id""")
                .params(channel, userId).query(Long.class).list();
    }

    /** Questions this person has answered correctly at least once; new sets prefer the others. */
    public Set<Long> mastered(String channel, String userId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT question_id FROM quiz_answer WHERE channel = ? AND user_id = ? AND correct = TRUE")
                .params(channel, userId).query(Long.class).list());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeConfig.ZONE);
    }

    /** Monday 00:00 of this week, Beijing time. */
    public long weekStart() {
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.atStartOfDay(TimeConfig.ZONE).toInstant().toEpochMilli();
    }
}
