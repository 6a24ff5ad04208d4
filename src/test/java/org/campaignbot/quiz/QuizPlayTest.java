package org.campaignbot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.Reply;
import org.campaignbot.testing.MutableClock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Playing in chat: personal sets and challenges over real HTTP, sessions in groups, timeouts, the points cap. */
@QuizBotTest
class QuizPlayTest {
    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    QuestionRepository repo;
    @Autowired
    ConversationService conversation;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void bank() {
        QuizFixtures.approveTwoThirds(repo);
        clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
    }

    QuizChat.Said say(String user, String text) throws Exception {
        return QuizChat.http(port, json, "c-" + user, user, "张三", text);
    }

    @Test
    void aFullPersonalSetOverHttpGivesVerdictAnswerExplanationCitationAndTheScore() throws Exception {
        var said = say("set-1", "答题");
        assertThat(said.reply()).contains("开始答题，共 5 题", "第 1/5 题");
        Set<Long> asked = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Question q = QuizChat.asked(said.reply(), repo);
            assertThat(said.reply()).contains("第 " + (i + 1) + "/5 题");
            assertThat(asked.add(q.id())).as("asked twice").isTrue();
            boolean answerRight = i != 2;
            said = say("set-1", answerRight ? QuizChat.right(q, i) : QuizChat.wrong(q));
            assertThat(said.reply()).startsWith(answerRight ? "✅ 回答正确！+1 分" : "❌ 回答错误。")
                    .contains("正确答案：" + q.answerText(), "出处：《" + q.sourceTitle() + "》");
            assertThat(said.citations()).isEqualTo(1);
        }
        assertThat(said.reply()).contains("本轮结束：答对 4/5 题，获得 4 分");
        // the session is over: a letter now is just a message for the knowledge base
        assertThat(say("set-1", "A").reply()).doesNotContain("正确答案");
        assertThat(say("set-1", "我的积分").reply()).contains("今日：4 分", "累计：4 分", "共答 5 题，答对 4 题");
        assertThat(say("set-1", "错题本").reply()).contains("错题本（共 1 题）");
    }

    @Test
    void aChallengeRunsUntilTheFirstWrongAnswerOverHttp() throws Exception {
        var said = say("challenge-1", "挑战答题");
        assertThat(said.reply()).contains("开始挑战答题", "挑战第 1 题");
        for (int i = 0; i < 3; i++) {
            Question q = QuizChat.asked(said.reply(), repo);
            said = say("challenge-1", QuizChat.right(q, i + 1));
            assertThat(said.reply()).startsWith("✅ 回答正确！").contains("挑战第 " + (i + 2) + " 题");
        }
        Question q = QuizChat.asked(said.reply(), repo);
        said = say("challenge-1", QuizChat.wrong(q));
        assertThat(said.reply()).startsWith("❌ 回答错误。").contains("挑战结束！连续答对 3 题，获得 3 分")
                .doesNotContain("挑战第 5 题");
    }

    @Test
    void onlyApprovedQuestionsAreEverAsked() throws Exception {
        assertThat(repo.count(Status.DRAFT)).isGreaterThan(20);
        for (int set = 0; set < 8; set++) {
            String user = "approved-only-" + set;
            var said = say(user, "每日一练");
            for (int i = 0; i < 5; i++) {
                Question q = QuizChat.asked(said.reply(), repo);
                assertThat(q.status()).isEqualTo(Status.APPROVED);
                said = say(user, QuizChat.wrong(q));
            }
        }
    }

    @Test
    void aQuestionWithdrawnDuringASessionIsNotPlayed() throws Exception {
        var said = say("withdrawn-1", "答题");
        Question q = QuizChat.asked(said.reply(), repo);
        repo.setStatus(q.id(), Status.REJECTED);
        try {
            assertThat(say("withdrawn-1", QuizChat.right(q, 0)).reply()).contains("已被管理员撤回").doesNotContain("正确答案");
        } finally {
            repo.setStatus(q.id(), Status.APPROVED);
        }
    }

    @Test
    void aQuestionToTheKnowledgeBaseMidSessionIsAnsweredAndTheSessionWaits() throws Exception {
        var said = say("ask-mid", "答题");
        Question q = QuizChat.asked(said.reply(), repo);
        var answer = say("ask-mid", "三抓三促是哪三项行动？");
        assertThat(answer.reply()).doesNotContain("正确答案", "第 2/5 题").contains("抓学习促提升");
        var verdict = say("ask-mid", QuizChat.right(q, 0));
        assertThat(verdict.reply()).startsWith("✅").contains("第 2/5 题");
    }

    @Test
    void membersOfOneGroupAnsweringAtOnceKeepTheirOwnSessions() {
        String group = "grp-many";
        Reply a = QuizChat.group(conversation, group, "many-a", "甲", "答题");
        Reply b = QuizChat.group(conversation, group, "many-b", "乙", "答题");
        assertThat(a.mentions()).containsExactly("many-a");
        Question qa = QuizChat.asked(a.text(), repo);
        Question qb = QuizChat.asked(b.text(), repo);
        // B answers A's question wrongly-for-B: judged against B's own question only
        Reply rb = QuizChat.group(conversation, group, "many-b", "乙", QuizChat.right(qb, 0));
        assertThat(rb.text()).startsWith("✅").contains("第 2/5 题");
        assertThat(rb.mentions()).containsExactly("many-b");
        Reply ra = QuizChat.group(conversation, group, "many-a", "甲", QuizChat.wrong(qa));
        assertThat(ra.text()).startsWith("❌").contains("正确答案：" + qa.answerText(), "第 2/5 题");
        // someone without a session saying "A" in the group is not taken for an answer
        Reply other = QuizChat.group(conversation, group, "many-c", "丙", "A");
        assertThat(other.text()).doesNotContain("正确答案", "回答正确", "回答错误");
    }

    @Test
    void anIdleSessionEndsQuietly() throws Exception {
        var said = say("idle-1", "答题");
        Question q = QuizChat.asked(said.reply(), repo);
        clock.advance(Duration.ofMinutes(9));
        said = say("idle-1", QuizChat.right(q, 0));
        assertThat(said.reply()).startsWith("✅"); // within the timeout
        Question next = QuizChat.asked(said.reply(), repo);
        clock.advance(Duration.ofMinutes(11));
        assertThat(say("idle-1", QuizChat.right(next, 0)).reply()).doesNotContain("回答正确", "第 3/5 题");
        assertThat(say("idle-1", "结束答题").reply()).contains("没有进行中的答题");
    }

    @Test
    void pointsStopAtTheDailyCapAndStartAgainTheNextDay() throws Exception {
        String user = "cap-1";
        for (int set = 0; set < 2; set++) {
            var said = say(user, "答题");
            for (int i = 0; i < 5; i++) {
                said = say(user, QuizChat.right(QuizChat.asked(said.reply(), repo), i));
                int earnedBefore = set * 5 + i;
                assertThat(said.reply()).startsWith(earnedBefore < 6 ? "✅ 回答正确！+1 分" : "✅ 回答正确！（今日积分已达上限");
            }
            assertThat(said.reply()).contains(set == 0 ? "获得 5 分" : "获得 1 分");
        }
        assertThat(say(user, "我的积分").reply()).contains("今日：6 分（每日上限 6 分）", "共答 10 题，答对 10 题");
        clock.advance(Duration.ofDays(1));
        var said = say(user, "答题");
        said = say(user, QuizChat.right(QuizChat.asked(said.reply(), repo), 0));
        assertThat(said.reply()).startsWith("✅ 回答正确！+1 分");
        assertThat(say(user, "我的积分").reply()).contains("今日：1 分", "累计：7 分");
    }

    @Test
    void theWrongAnswerBookCanBeRetriedAndEmptiesWhenAnsweredRight() throws Exception {
        String user = "book-1";
        var said = say(user, "答题");
        Set<Long> missed = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Question q = QuizChat.asked(said.reply(), repo);
            boolean miss = i < 2;
            if (miss) {
                missed.add(q.id());
            }
            said = say(user, miss ? QuizChat.wrong(q) : QuizChat.right(q, i));
        }
        assertThat(say(user, "错题本").reply()).contains("错题本（共 2 题）", "错题重练");
        said = say(user, "错题重练");
        assertThat(said.reply()).contains("错题重练，共 2 题");
        for (int i = 0; i < 2; i++) {
            Question q = QuizChat.asked(said.reply(), repo);
            assertThat(missed).contains(q.id());
            said = say(user, QuizChat.right(q, i));
        }
        assertThat(said.reply()).contains("答对 2/2 题");
        assertThat(say(user, "错题本").reply()).contains("错题本是空的");
    }

    @Test
    void askingForASetWhileOneIsOpenRepeatsTheCurrentQuestion() throws Exception {
        var said = say("again-1", "答题");
        Question q = QuizChat.asked(said.reply(), repo);
        var again = say("again-1", "答题");
        assertThat(again.reply()).contains("还有一轮答题没有完成", "第 1/5 题");
        assertThat(QuizChat.asked(again.reply(), repo).id()).isEqualTo(q.id());
        assertThat(say("again-1", "结束答题").reply()).contains("已结束本轮答题：答对 0 题");
    }

    @Test
    void aBlanksAnswerThatIsAlsoAQuizWordIsTakenAsTheAnswer() throws Exception {
        // "开展“____”学习答题活动" is answered 每日一练, which also starts a set
        var said = say("daily-word-1", "答题");
        Question q = QuizChat.asked(said.reply(), repo);
        try {
            assertThat(repo.update(new Question(q.id(), org.campaignbot.quiz.Kind.FILL, "开展“" + Question.BLANK
                    + "”学习答题活动", List.of(), "每日一练", q.explanation(), q.sourceSentence(), q.sourceTitle(),
                    q.sourceSection(), q.difficulty(), q.status()))).isTrue();
            assertThat(say("daily-word-1", "每日一练").reply()).startsWith("✅ 回答正确！").contains("第 2/5 题");
            assertThat(say("daily-word-1", "每日一练").reply()).contains("还有一轮答题没有完成", "第 2/5 题");
        } finally {
            repo.update(q); // the bank is shared with the other tests of this context
        }
    }
}
