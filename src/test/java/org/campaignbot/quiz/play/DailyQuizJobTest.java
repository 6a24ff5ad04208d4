package org.campaignbot.quiz.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizBotTest;
import org.campaignbot.quiz.QuizFixtures;
import org.campaignbot.quiz.QuizTestConfig;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 每日一题: at daily-at on working days (holiday calendar), once per group and day, through the outbox to the fake platform. */
@QuizBotTest
class DailyQuizJobTest {
    @Autowired
    DailyQuizJob job;
    @Autowired
    QuestionRepository repo;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    QuizTestConfig.RecordingChannel platform;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    long rows(String keyPattern) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE ?").param(keyPattern).query(Long.class).single();
    }

    @Test
    void theDailyQuestionIsPushedOncePerWorkingDayAndGroup() {
        QuizFixtures.approveTwoThirds(repo);
        clock.set(LocalDateTime.of(2026, 12, 5, 9, 30)); // Saturday
        assertThat(job.runDue()).isZero();
        clock.set(LocalDateTime.of(2026, 12, 7, 8, 59)); // Monday, before 09:00
        assertThat(job.runDue()).isZero();
        // the two days above only: the scheduled tick may push for 12-01/12-02 while other classes hold the shared clock
        assertThat(rows("quiz:daily:2026-12-05:%") + rows("quiz:daily:2026-12-07:%")).isZero();

        clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        job.runDue();
        job.runDue();
        clock.set(LocalDateTime.of(2026, 12, 7, 14, 0));
        assertThat(job.runDue()).isZero();
        // the two groups marked daily, not the third
        assertThat(rows("quiz:daily:2026-12-07:%")).isEqualTo(2);
        assertThat(rows("quiz:daily:2026-12-07:抢答测试群")).isZero();

        dispatcher.dispatchDue(100);
        dispatcher.dispatchDue(100);
        var office = platform.sent.stream().filter(s -> s.target().id().equals("office")
                && s.message().text().startsWith("【每日一题 2026-12-07】")).toList();
        var study = platform.sent.stream().filter(s -> s.target().id().equals("chat-study")
                && s.message().text().startsWith("【每日一题 2026-12-07】")).toList();
        assertThat(office).hasSize(1);
        assertThat(study).hasSize(1);
        // the group that takes answers gets a contest; the other a study card with the answer
        assertThat(office.get(0).message().text()).contains("抢答题", "分钟内 @我 回复答案").doesNotContain("—— 答案 ——");
        assertThat(study.get(0).message().text()).contains("—— 答案 ——", "出处：《");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quiz_contest WHERE contest_key = 'daily:2026-12-07:行动办工作群'")
                .query(Long.class).single()).isEqualTo(1);

        clock.set(LocalDateTime.of(2026, 12, 8, 9, 5)); // next working day: a new push
        job.runDue();
        assertThat(rows("quiz:daily:2026-12-08:%")).isEqualTo(2);
    }

    /** Working days come from the shipped holiday calendar (supervision/holidays-cn.txt), not from the weekday. */
    @Test
    void statutoryHolidaysAreSkippedAndMakeUpSaturdaysArePushed() {
        QuizFixtures.approveTwoThirds(repo);
        clock.set(LocalDateTime.of(2026, 10, 1, 9, 30)); // Thursday, 国庆节
        assertThat(job.runDue()).isZero();
        clock.set(LocalDateTime.of(2026, 10, 7, 15, 0)); // Wednesday, last day of the 国庆 holiday
        assertThat(job.runDue()).isZero();
        assertThat(rows("quiz:daily:2026-10-0_:%")).isZero();

        clock.set(LocalDateTime.of(2026, 10, 10, 9, 0)); // Saturday, 国庆节调休上班
        job.runDue();
        job.runDue();
        assertThat(rows("quiz:daily:2026-10-10:%")).isEqualTo(2);
        dispatcher.dispatchDue(100);
        assertThat(platform.sent.stream().filter(s -> s.message().text().startsWith("【每日一题 2026-10-10】"))
                .map(s -> s.target().id())).containsExactlyInAnyOrder("office", "chat-study");
        assertThat(platform.sent).noneMatch(s -> s.message().text().startsWith("【每日一题 2026-10-01】"));

        clock.set(LocalDateTime.of(2026, 10, 11, 9, 0)); // the Sunday after: an ordinary day off
        assertThat(job.runDue()).isZero();
        assertThat(rows("quiz:daily:2026-10-11:%")).isZero();
    }
}
