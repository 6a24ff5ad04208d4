package org.campaignbot.quiz;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.KnowledgeFiles;
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.quiz.generate.QuestionGenerator;
import org.campaignbot.quiz.play.Scoreboard;
import org.campaignbot.testing.MutableClock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints timings (not a pass/fail test): question generation from the knowledge folder, and the scoreboard queries
 * behind 我的积分 / 排行榜 / the daily cap on 200,000 recorded answers from 2,000 people in 50 groups.
 * Run: ./mvnw -q -B test -Dtest=QuizBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class QuizBenchmark {

    @Test
    void run() throws Exception {
        List<Chunk> docs = new ArrayList<>();
        for (var e : KnowledgeFiles.list(Path.of("knowledge"))) {
            docs.addAll(new ChineseStructureSplitter().split(new DocumentReader().read(e.file(), e.relativePath())));
        }
        QuestionGenerator.generate(docs); // warm-up
        long t0 = System.nanoTime();
        int rounds = 20;
        int n = 0;
        for (int i = 0; i < rounds; i++) {
            n = QuestionGenerator.generate(docs).size();
        }
        System.out.printf("generation: %d questions from %d chunks in %.1f ms per run%n", n, docs.size(),
                (System.nanoTime() - t0) / 1e6 / rounds);

        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:quiz-bench;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        var clock = new MutableClock(LocalDateTime.of(2026, 12, 1, 8, 0));
        var props = new QuizProperties(5, java.time.Duration.ofMinutes(10), 1, 3, 20, java.time.Duration.ofMinutes(5),
                "09:00", false, List.of());
        Scoreboard board = new Scoreboard(jdbc, clock, props);
        Random random = new Random(1);
        int answers = 200_000;
        long t1 = System.nanoTime();
        for (int i = 0; i < answers; i++) {
            int user = random.nextInt(2000);
            var m = new IncomingMessage("wecom", "grp-" + (user % 50), "u" + user, "用户" + user, "", true, true);
            board.record(m, 1 + random.nextInt(150), "SET", random.nextBoolean(), random.nextInt(2));
            if (i % 20_000 == 0) {
                clock.advance(java.time.Duration.ofHours(9));
            }
        }
        System.out.printf("recording: %d answers in %.0f ms (%.3f ms each)%n", answers, (System.nanoTime() - t1) / 1e6,
                (System.nanoTime() - t1) / 1e6 / answers);
        time("daily-cap check (capped)", 200, () -> board.capped("wecom", "u7", 1));
        time("我的积分 (totals)", 200, () -> board.totals("wecom", "u7"));
        time("排行榜 one group, this week", 50, () -> board.people("wecom", "grp-7", board.weekStart()));
        time("排行榜 one group, all time", 50, () -> board.people("wecom", "grp-7", 0));
        time("排行榜 whole channel, all time", 20, () -> board.people("wecom", null, 0));
        time("错题本 (wrong book)", 200, () -> board.wrongBook("wecom", "u7"));
    }

    private static void time(String what, int rounds, Runnable r) {
        r.run();
        long t = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            r.run();
        }
        System.out.printf("%-32s %.2f ms%n", what, (System.nanoTime() - t) / 1e6 / rounds);
    }
}
