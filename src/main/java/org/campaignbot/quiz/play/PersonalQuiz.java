package org.campaignbot.quiz.play;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizProperties;
import org.campaignbot.quiz.play.QuizSession.Mode;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own run of questions, one at a time: a set (答题 / 每日一练), a challenge until the first mistake, or a
 * retry of the wrong-answer book. Only approved questions are ever asked.
 */
@Service
class PersonalQuiz {
    private static final int CHALLENGE_MAX = 200;

    private final QuizSessions sessions;
    private final QuestionRepository questions;
    private final Scoreboard scoreboard;
    private final QuizProperties props;
    private final Clock clock;

    public PersonalQuiz(QuizSessions sessions, QuestionRepository questions, Scoreboard scoreboard,
                        QuizProperties props, Clock clock) {
        this.sessions = sessions;
        this.questions = questions;
        this.scoreboard = scoreboard;
        this.props = props;
        this.clock = clock;
    }

    public Reply start(IncomingMessage m, Mode mode) {
        Optional<QuizSession> open = open(m);
        if (open.isPresent() && rightAnswerToCurrent(open.get(), m.text())) {
            // "每日一练" starts a set, and is also the answer to "开展“____”学习答题活动": during a set it is the answer
            return answer(m).orElseThrow();
        }
        if (open.isPresent()) {
            return reply(m, "你还有一轮" + open.get().mode().label() + "没有完成（发送“结束答题”可放弃）。\n\n" + askCurrent(open.get()), null);
        }
        List<Long> ids = pick(m, mode);
        if (ids.isEmpty()) {
            return reply(m, mode == Mode.RETRY ? "错题本是空的，继续保持！发送“答题”开始新一轮。"
                    : "题库里还没有审核通过的题目，请联系行动办管理员审核题库。", null);
        }
        QuizSession s = new QuizSession(QuizSession.keyOf(m), mode, ids, 0, 0, 0, clock.millis());
        sessions.start(s);
        String intro = switch (mode) {
            case SET -> "开始答题，共 " + ids.size() + " 题，每题答对得 " + props.pointsPerCorrect() + " 分。";
            case CHALLENGE -> "开始挑战答题：一直答到第一次答错为止，连续答对的题数就是成绩。";
            case RETRY -> "错题重练，共 " + ids.size() + " 题，答对即移出错题本。";
        };
        return reply(m, intro + "\n\n" + askCurrent(s), null);
    }

    /**
     * The reply to an answer in the open session; empty when there is no session or the message is not an answer.
     * One transaction, so moving on and recording the answer happen together or not at all.
     */
    @Transactional
    private boolean rightAnswerToCurrent(QuizSession s, String text) {
        return s.current().flatMap(questions::findApproved).map(q -> {
            AnswerParser.Result parsed = AnswerParser.parse(q, text);
            return parsed instanceof AnswerParser.Answer a && AnswerParser.isCorrect(q, a);
        }).orElse(false);
    }

    public Optional<Reply> answer(IncomingMessage m) {
        Optional<QuizSession> open = open(m);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        QuizSession s = open.get();
        Optional<Question> current = s.current().flatMap(questions::findApproved);
        if (current.isEmpty()) { // withdrawn by the office while the session was open
            sessions.end(s.key());
            return Optional.of(reply(m, "当前题目已被管理员撤回，本轮答题结束：答对 " + s.correct() + " 题，获得 "
                    + s.points() + " 分。发送“答题”重新开始。", null));
        }
        Question q = current.get();
        AnswerParser.Result parsed = AnswerParser.parse(q, m.text());
        if (parsed instanceof AnswerParser.NotAnswer) {
            return Optional.empty(); // a question for the knowledge base; the session waits
        }
        if (parsed instanceof AnswerParser.Invalid invalid) {
            return Optional.of(reply(m, invalid.hint(), null));
        }
        boolean correct = AnswerParser.isCorrect(q, (AnswerParser.Answer) parsed);
        int wanted = correct ? props.pointsPerCorrect() : 0;
        int awarded = scoreboard.capped(m.channel(), m.userId(), wanted);
        if (!sessions.advance(s.key(), s.position(), correct, awarded, clock.millis())) {
            return Optional.of(reply(m, "这道题已经收到你的答案了。", null));
        }
        scoreboard.record(m, q.id(), s.mode().name(), correct, awarded);
        QuizSession next = new QuizSession(s.key(), s.mode(), s.questionIds(), s.position() + 1,
                s.correct() + (correct ? 1 : 0), s.points() + awarded, clock.millis());
        String verdict = QuizFormatter.verdict(q, correct, awarded, correct && awarded < wanted);
        boolean over = next.current().isEmpty() || (s.mode() == Mode.CHALLENGE && !correct);
        if (over) {
            sessions.end(s.key());
            return Optional.of(reply(m, verdict + "\n\n" + summary(next, correct), q));
        }
        return Optional.of(reply(m, verdict + "\n\n" + askCurrent(next), q));
    }

    public Reply stop(IncomingMessage m) {
        Optional<QuizSession> open = open(m);
        if (open.isEmpty()) {
            return reply(m, "你当前没有进行中的答题。发送“答题”开始。", null);
        }
        sessions.end(open.get().key());
        QuizSession s = open.get();
        return reply(m, "已结束本轮" + s.mode().label() + "：答对 " + s.correct() + " 题，获得 " + s.points() + " 分。", null);
    }

    /** The person's session in this chat, unless it has been idle too long (then it ends quietly). */
    public Optional<QuizSession> open(IncomingMessage m) {
        Optional<QuizSession> s = sessions.find(QuizSession.keyOf(m));
        if (s.isPresent() && s.get().lastActiveAt() + props.sessionTimeout().toMillis() < clock.millis()) {
            sessions.end(s.get().key());
            return Optional.empty();
        }
        return s;
    }

    // not a setting: the timeout (bot.quiz.session-timeout) is; a session ending a minute late harms nobody
    @Scheduled(fixedDelay = 60_000)
    public void endIdleSessions() {
        sessions.endIdle(clock.millis() - props.sessionTimeout().toMillis());
    }

    private List<Long> pick(IncomingMessage m, Mode mode) {
        if (mode == Mode.RETRY) {
            List<Long> wrong = new ArrayList<>(scoreboard.wrongBook(m.channel(), m.userId()));
            wrong.retainAll(questions.approvedIds());
            return wrong.subList(0, Math.min(props.setSize(), wrong.size()));
        }
        List<Long> approved = new ArrayList<>(questions.approvedIds());
        Collections.shuffle(approved);
        Set<Long> mastered = scoreboard.mastered(m.channel(), m.userId());
        approved.sort((a, b) -> Boolean.compare(mastered.contains(a), mastered.contains(b))); // new ones first
        int size = mode == Mode.SET ? props.setSize() : CHALLENGE_MAX;
        return approved.subList(0, Math.min(size, approved.size()));
    }

    private String askCurrent(QuizSession s) {
        Question q = questions.find(s.current().orElseThrow()).orElseThrow();
        String heading = s.mode() == Mode.CHALLENGE ? "挑战第 " + (s.position() + 1) + " 题"
                : "第 " + (s.position() + 1) + "/" + s.total() + " 题";
        return QuizFormatter.ask(q, heading);
    }

    private static String summary(QuizSession s, boolean lastCorrect) {
        return switch (s.mode()) {
            case CHALLENGE -> (lastCorrect ? "题库里的题都答完了！" : "挑战结束！") + "连续答对 " + s.correct() + " 题，获得 "
                    + s.points() + " 分。发送“挑战答题”再来一次。";
            case SET, RETRY -> "本轮结束：答对 " + s.correct() + "/" + s.total() + " 题，获得 " + s.points()
                    + " 分。发送“答题”再来一组，“错题本”查看错题，“排行榜”看看名次。";
        };
    }

    /** In a group the asker is @-mentioned, so several people answering at once can tell whose result is whose. */
    static Reply reply(IncomingMessage m, String text, Question cited) {
        Reply r = cited == null ? Reply.text(text) : Reply.cited(text, List.of(cited.citation()));
        return m.group() ? r.mentioning(List.of(m.userId())) : r;
    }
}
