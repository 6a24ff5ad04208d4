package org.campaignbot.quiz.play;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.campaignbot.conversation.CommandHandler;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizProperties;
import org.campaignbot.quiz.play.QuizSession.Mode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The quiz words in chat (答题, 每日一练, 挑战答题, 错题重练, 结束答题, 我的积分, 排行榜, 错题本) and answers to an open
 * personal session. Anything else passes on: to a group contest, then to the knowledge base.
 */
@Component
@Order(20)
class QuizCommands implements CommandHandler {
    private static final int WRONG_BOOK_LIST = 10;

    private final PersonalQuiz personal;
    private final Scoreboard scoreboard;
    private final Leaderboard leaderboard;
    private final QuestionRepository questions;
    private final QuizProperties props;

    public QuizCommands(PersonalQuiz personal, Scoreboard scoreboard, Leaderboard leaderboard,
                        QuestionRepository questions, QuizProperties props) {
        this.personal = personal;
        this.scoreboard = scoreboard;
        this.leaderboard = leaderboard;
        this.questions = questions;
        this.props = props;
    }

    /** Read off every message, command or question: compiled once. */
    private static final java.util.regex.Pattern SPACES_AND_STOPS = java.util.regex.Pattern.compile("[\\s。.!！]+");

    @Override
    public Optional<Reply> handle(IncomingMessage m) {
        String word = SPACES_AND_STOPS.matcher(Normalizer.normalize(m.text(), Normalizer.Form.NFKC)).replaceAll("");
        return switch (word) {
            case "答题", "每日一练", "开始答题", "学习答题" -> Optional.of(personal.start(m, Mode.SET));
            case "挑战答题", "开始挑战" -> Optional.of(personal.start(m, Mode.CHALLENGE));
            case "错题重练", "重做错题" -> Optional.of(personal.start(m, Mode.RETRY));
            case "结束答题", "退出答题", "停止答题" -> Optional.of(personal.stop(m));
            case "我的积分", "积分" -> Optional.of(PersonalQuiz.reply(m, myPoints(m), null));
            case "排行榜", "积分榜", "积分排行", "答题排行" -> Optional.of(PersonalQuiz.reply(m, leaderboard.render(m), null));
            case "错题本", "我的错题" -> Optional.of(PersonalQuiz.reply(m, wrongBook(m), null));
            default -> personal.answer(m);
        };
    }

    private String myPoints(IncomingMessage m) {
        Scoreboard.Totals t = scoreboard.totals(m.channel(), m.userId());
        String name = m.userName().isBlank() ? "你" : m.userName();
        String rate = t.answered() == 0 ? "" : "（正确率 " + Math.round(100.0 * t.correct() / t.answered()) + "%）";
        return name + "的答题积分\n今日：" + t.today() + " 分（每日上限 " + props.dailyCap() + " 分）\n本周：" + t.week()
                + " 分\n累计：" + t.total() + " 分\n共答 " + t.answered() + " 题，答对 " + t.correct() + " 题" + rate;
    }

    private String wrongBook(IncomingMessage m) {
        List<Long> ids = scoreboard.wrongBook(m.channel(), m.userId());
        if (ids.isEmpty()) {
            return "错题本是空的，继续保持！";
        }
        StringBuilder sb = new StringBuilder("错题本（共 " + ids.size() + " 题）");
        int shown = 0;
        for (Long id : ids) {
            var q = questions.findApproved(id);
            if (q.isPresent() && shown < WRONG_BOOK_LIST) {
                shown++;
                sb.append('\n').append(shown).append(". （").append(q.get().kind().label()).append("）")
                        .append(QuizFormatter.shortStem(q.get(), 40));
            }
        }
        return sb.append("\n发送“错题重练”重新作答，答对即移出错题本。").toString();
    }
}
