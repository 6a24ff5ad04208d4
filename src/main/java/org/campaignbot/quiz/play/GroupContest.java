package org.campaignbot.quiz.play;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.TargetKind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * A question posted to a group (by the office or the daily schedule); the first correct answer within the time
 * limit wins the points. The winner is decided by the database — a conditional UPDATE that only succeeds while no
 * winner is set — so two people answering in the same millisecond, even on two instances, still make one winner.
 * Each person gets one try, so nobody can win by sending A, B, C and D in turn.
 */
@Service
public class GroupContest {
    /** A contest row. */
    public record Contest(long id, String groupName, String channel, String conversationId, OutboundTarget target,
                          long questionId, int points, long openedAt, long closesAt, String winnerUserId,
                          String winnerName, boolean closed) {
    }

    /** The contest, and whether this call posted it (false when the key was opened before). */
    public record Opened(Contest contest, boolean posted) {
    }

    private final JdbcClient jdbc;
    private final QuestionRepository questions;
    private final Scoreboard scoreboard;
    private final Outbox outbox;
    private final QuizProperties props;
    private final Clock clock;

    public GroupContest(JdbcClient jdbc, QuestionRepository questions, Scoreboard scoreboard, Outbox outbox,
                        QuizProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.scoreboard = scoreboard;
        this.outbox = outbox;
        this.props = props;
        this.clock = clock;
    }

    /**
     * Opens the contest named {@code key} (once: opening the same key again returns the first one) and posts the
     * question to the group through the outbox, keyed {@code quiz:<key>} so it is pushed once.
     */
    public Opened open(QuizProperties.Group g, Question q, String key, Duration limit, String title) {
        long now = clock.millis();
        OutboundTarget target = new OutboundTarget(g.channel(), TargetKind.of(g.kind()), g.id());
        try {
            jdbc.sql("""
                    INSERT INTO quiz_contest (contest_key, group_name, channel, conversation_id, target_kind, target_id,
                        question_id, points, opened_at, closes_at, closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
                    .params(key, g.name(), g.channel(), g.conversationId(), target.kind().value(), target.id(), q.id(),
                            props.contestPoints(), now, now + limit.toMillis())
                    .update();
        } catch (DuplicateKeyException alreadyOpen) {
            // the daily job runs every tick of the day; the first tick opened it
        }
        Contest c = jdbc.sql("SELECT * FROM quiz_contest WHERE contest_key = ?").param(key).query(GroupContest::read).single();
        String text = "【" + title + "】\n" + QuizFormatter.ask(questions.find(c.questionId()).orElse(q), "抢答题")
                + "\n⏱ " + Math.max(1, limit.toMinutes()) + " 分钟内 @我 回复答案，最先答对者得 " + c.points()
                + " 分（每人一次机会）。";
        return new Opened(c, outbox.enqueue("quiz:" + key, target, OutboundMessage.text(text)));
    }

    /** The reply to an answer in a group with a running contest; empty when there is none or it is not an answer. */
    public Optional<Reply> answer(IncomingMessage m) {
        long now = clock.millis();
        Optional<Contest> running = jdbc.sql("""
                SELECT * FROM quiz_contest WHERE channel = ? AND conversation_id = ? AND closed = FALSE
                  AND opened_at <= ? AND closes_at > ? ORDER BY opened_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .params(m.channel(), m.conversationId(), now, now).query(GroupContest::read).optional();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        Contest c = running.get();
        Question q = questions.find(c.questionId()).orElseThrow();
        AnswerParser.Result parsed = AnswerParser.parse(q, m.text());
        if (parsed instanceof AnswerParser.NotAnswer) {
            return Optional.empty();
        }
        if (parsed instanceof AnswerParser.Invalid invalid) {
            return Optional.of(PersonalQuiz.reply(m, invalid.hint(), null));
        }
        if (c.winnerUserId() != null) {
            return Optional.of(PersonalQuiz.reply(m, "本题已被 " + c.winnerName() + " 抢先答对。"
                    + QuizFormatter.solution(q), q));
        }
        boolean correct = AnswerParser.isCorrect(q, (AnswerParser.Answer) parsed);
        try {
            jdbc.sql("INSERT INTO quiz_contest_attempt (contest_id, user_id, correct, answered_at) VALUES (?, ?, ?, ?)")
                    .params(c.id(), m.userId(), correct, now).update();
        } catch (DuplicateKeyException secondTry) {
            return Optional.of(PersonalQuiz.reply(m, "你已经答过这道抢答题了，每人只有一次机会。", null));
        }
        if (!correct) {
            scoreboard.record(m, q.id(), "CONTEST", false, 0);
            return Optional.of(PersonalQuiz.reply(m, "很遗憾，答错了。每人只有一次机会，看看谁能答对吧。", null));
        }
        boolean won = jdbc.sql("""
                UPDATE quiz_contest SET winner_user_id = ?, winner_name = ?, won_at = ?
                WHERE id = ? AND winner_user_id IS NULL AND closes_at > ?""")
                .params(m.userId(), name(m), now, c.id(), now).update() == 1;
        if (!won) {
            scoreboard.record(m, q.id(), "CONTEST", true, 0);
            String winner = jdbc.sql("SELECT winner_name FROM quiz_contest WHERE id = ?").param(c.id()).query(String.class).single();
            return Optional.of(PersonalQuiz.reply(m, "答对了，可惜 " + winner + " 快了一步。", q));
        }
        int awarded = scoreboard.capped(m.channel(), m.userId(), c.points());
        scoreboard.record(m, q.id(), "CONTEST", true, awarded);
        String points = awarded > 0 ? "，获得 " + awarded + " 分" : "（今日积分已达上限，本题不再加分）";
        return Optional.of(PersonalQuiz.reply(m, "🎉 恭喜 " + name(m) + " 抢答正确" + points + "！\n"
                + QuizFormatter.solution(q), q));
    }

    /** Closes contests whose time is up and posts each result once. Tests call it directly. */
    // not a setting: the time limit (bot.quiz.contest-time-limit) is; the result follows it within seconds
    @Scheduled(fixedDelay = 5_000)
    public int closeExpired() {
        long now = clock.millis();
        List<Contest> due = jdbc.sql("SELECT * FROM quiz_contest WHERE closed = FALSE AND closes_at <= ? ORDER BY id")
                .param(now).query(GroupContest::read).list();
        int closed = 0;
        for (Contest c : due) {
            if (jdbc.sql("UPDATE quiz_contest SET closed = TRUE WHERE id = ? AND closed = FALSE").param(c.id()).update() == 1) {
                closed++;
                Question q = questions.find(c.questionId()).orElseThrow();
                String head = c.winnerUserId() == null ? "【抢答结束】时间到，本题无人答对。"
                        : "【抢答结束】" + c.winnerName() + " 最先答对，获得 " + c.points() + " 分！";
                String text = head + "\n" + q.stem() + "\n" + QuizFormatter.solution(q);
                outbox.enqueue("quiz:contest-result:" + c.id(), c.target(), OutboundMessage.text(text));
            }
        }
        return closed;
    }

    public Optional<Contest> find(long id) {
        return jdbc.sql("SELECT * FROM quiz_contest WHERE id = ?").param(id).query(GroupContest::read).optional();
    }

    private static String name(IncomingMessage m) {
        return m.userName().isBlank() ? m.userId() : m.userName();
    }

    private static Contest read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Contest(rs.getLong("id"), rs.getString("group_name"), rs.getString("channel"),
                rs.getString("conversation_id"),
                new OutboundTarget(rs.getString("channel"), TargetKind.of(rs.getString("target_kind")),
                        rs.getString("target_id")),
                rs.getLong("question_id"), rs.getInt("points"), rs.getLong("opened_at"), rs.getLong("closes_at"),
                rs.getString("winner_user_id"), rs.getString("winner_name"), rs.getBoolean("closed"));
    }
}
