package org.campaignbot.quiz.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.TargetKind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizBotTest;
import org.campaignbot.quiz.QuizChat;
import org.campaignbot.quiz.QuizFixtures;
import org.campaignbot.quiz.QuizProperties;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A question posted to a group: first correct answer wins, exactly once, even when two people answer together. */
@QuizBotTest
class GroupContestTest {
    @Autowired
    QuestionRepository repo;
    @Autowired
    GroupContest contests;
    @Autowired
    QuizProperties props;
    @Autowired
    ConversationService conversation;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void bank() {
        QuizFixtures.approveTwoThirds(repo);
        clock.set(LocalDateTime.of(2026, 12, 2, 15, 0));
    }

    Question approved(int n) {
        return repo.findApproved(repo.approvedIds().get(n)).orElseThrow();
    }

    GroupContest.Contest open(String group, Question q, String key) {
        return contests.open(props.group(group).orElseThrow(), q, key, Duration.ofMinutes(5), "抢答").contest();
    }

    @Test
    void twoPeopleRacingWithTheRightAnswerMakeExactlyOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                Question q = approved(round);
                GroupContest.Contest c = open("抢答测试群", q, "race-" + round);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Reply>> replies = new ArrayList<>();
                for (String user : List.of("racer-a-" + round, "racer-b-" + round)) {
                    replies.add(pool.submit(() -> {
                        go.await();
                        return QuizChat.group(conversation, "grp-race", user, user, QuizChat.right(q, 0));
                    }));
                }
                go.countDown();
                List<String> texts = new ArrayList<>();
                for (Future<Reply> r : replies) {
                    texts.add(r.get().text());
                }
                assertThat(texts.stream().filter(t -> t.startsWith("🎉 恭喜")).count()).as(texts.toString()).isEqualTo(1);
                assertThat(texts.stream().filter(t -> t.contains("快了一步") || t.contains("抢先答对")).count()).isEqualTo(1);
                assertThat(c.target().kind()).isEqualTo(TargetKind.ROBOT); // the default when a group leaves kind out
                String winner = contests.find(c.id()).orElseThrow().winnerUserId();
                assertThat(texts.get(winner.startsWith("racer-a") ? 0 : 1)).startsWith("🎉 恭喜 " + winner);
                int points = jdbc.sql("SELECT SUM(points) FROM quiz_answer WHERE mode = 'CONTEST' AND question_id = ? AND user_id LIKE ?")
                        .params(q.id(), "racer-%-" + round).query(Integer.class).single();
                assertThat(points).isEqualTo(props.contestPoints());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void laterAnswersAreToldWhoWonAndEachPersonHasOneTry() {
        Question q = approved(20);
        open("行动办工作群", q, "one-try");
        Reply wrong = QuizChat.group(conversation, "grp-office", "try-a", "甲", QuizChat.wrong(q));
        assertThat(wrong.text()).contains("答错了").doesNotContain(q.answerText());
        assertThat(QuizChat.group(conversation, "grp-office", "try-a", "甲", QuizChat.right(q, 0)).text())
                .contains("每人只有一次机会");
        Reply won = QuizChat.group(conversation, "grp-office", "try-b", "乙", QuizChat.right(q, 1));
        assertThat(won.text()).startsWith("🎉 恭喜 乙 抢答正确，获得 3 分！").contains("出处：《");
        assertThat(won.mentions()).containsExactly("try-b");
        assertThat(won.citations()).hasSize(1);
        assertThat(QuizChat.group(conversation, "grp-office", "try-c", "丙", QuizChat.right(q, 2)).text())
                .startsWith("本题已被 乙 抢先答对");
        // a question to the knowledge base during the contest still goes to the knowledge base
        assertThat(QuizChat.group(conversation, "grp-office", "try-c", "丙", "抓效能促发展有哪些要求？").text())
                .doesNotContain("抢答", "答错");
    }

    @Test
    void afterTheTimeLimitAnswersAreNoLongerTakenAndTheResultIsPostedOnce() {
        Question q = approved(21);
        GroupContest.Contest c = open("行动办工作群", q, "timeout");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE dedupe_key = 'quiz:timeout'").query(Long.class).single()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Reply late = QuizChat.group(conversation, "grp-office", "late-a", "甲", QuizChat.right(q, 0));
        assertThat(late.text()).doesNotContain("恭喜", "抢先");
        contests.closeExpired();
        contests.closeExpired();
        assertThat(contests.find(c.id()).orElseThrow().closed()).isTrue();
        String result = jdbc.sql("SELECT body FROM outbox WHERE dedupe_key = ?").param("quiz:contest-result:" + c.id())
                .query(String.class).single();
        assertThat(result).startsWith("【抢答结束】时间到，本题无人答对。").contains("正确答案：" + q.answerText());
    }

    @Test
    void contestsOnlyListenInTheirOwnGroup() {
        Question q = approved(22);
        open("行动办工作群", q, "own-group");
        Reply elsewhere = QuizChat.group(conversation, "grp-somewhere-else", "else-a", "甲", QuizChat.right(q, 0));
        assertThat(elsewhere.text()).doesNotContain("恭喜");
    }
}
