package org.campaignbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.CampaignBotApplication;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.channel.wecom.WeComCallbacks;
import org.campaignbot.conversation.CommandHandler;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.knowledge.KnowledgeSync;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizChat;
import org.campaignbot.quiz.QuizProperties;
import org.campaignbot.quiz.play.GroupContest;
import org.campaignbot.supervision.SupervisionScheduler;
import org.campaignbot.supervision.SupervisionTestConfig;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.MutableClock;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application instances on one PostgreSQL database, as behind a load balancer: each with its own Lucene index
 * folder, both reading one knowledge folder, both pushing to one fake WeCom server through the real WeCom channel.
 * One clock serves both (the test moves it), so leases and rate windows are crossed without waiting.
 */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the last test stops instance a
class TwoInstancesTest {
    static final MutableClock CLOCK = new MutableClock(SupervisionTestConfig.START);
    /** How often the core saw each text of the callback test, over both instances. */
    static final Map<String, AtomicInteger> HANDLED = new ConcurrentHashMap<>();
    static final Duration LEASE = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static FakePlatform wecom;
    static Path knowledge;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static JdbcClient db;

    /** The test's clock for both instances, and a command the callback test counts. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        MutableClock sharedClock() {
            return CLOCK;
        }

        @Bean
        @org.springframework.core.annotation.Order(-100)
        CommandHandler countingHandler() {
            return m -> m.text().startsWith("回调测试")
                    ? Optional.of(Reply.text("收到第 " + HANDLED.computeIfAbsent(m.text(), t -> new AtomicInteger()).incrementAndGet()
                    + " 次：" + m.text()))
                    : Optional.empty();
        }
    }

    @BeforeAll
    static void startBoth() throws Exception {
        wecom = new FakePlatform();
        knowledge = Files.createDirectories(Path.of("target/test-knowledge", UUID.randomUUID().toString()));
        try (var files = Files.list(Path.of("knowledge"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, knowledge.resolve(f.getFileName()));
            }
        }
        String url = PostgresSchemas.freshSchemaUrl();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try { // started together, as after a deployment: Flyway and the start-up jobs meet on one empty database
            Future<ConfigurableApplicationContext> first = pool.submit(() -> start(url));
            Future<ConfigurableApplicationContext> second = pool.submit(() -> start(url));
            try {
                a = first.get();
            } finally {
                b = second.get(); // even when a failed, so that @AfterAll stops b
            }
        } finally {
            pool.shutdown();
        }
        db = a.getBean(JdbcClient.class);
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(CampaignBotApplication.class, SharedClock.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresSchemas.user(),
                "--spring.datasource.password=" + PostgresSchemas.password(),
                "--bot.knowledge.dir=" + knowledge, "--bot.knowledge.watch=false",
                "--bot.knowledge.index-dir=target/test-index/" + UUID.randomUUID(),
                "--server.port=0", "--bot.backup.enabled=false",
                "--bot.supervision.check-interval=1h", "--bot.outbox.poll-interval=1h", "--bot.outbox.lease=" + LEASE.toSeconds() + "s",
                "--bot.wecom.api-base-url=" + wecom.baseUrl(), "--bot.wecom.corp-id=" + WeComCallbacks.CORP_ID,
                "--bot.wecom.agent-id=1000002", "--bot.wecom.secret=test-secret", "--bot.wecom.token=" + WeComCallbacks.TOKEN,
                "--bot.wecom.encoding-aes-key=" + WeComCallbacks.AES_KEY, "--bot.wecom.reply-window=4s",
                "--bot.wecom.robots.office.key=office-key", "--bot.wecom.robots.zwfw.key=zwfw-key");
    }

    @AfterAll
    static void stopBoth() throws IOException {
        for (var app : new ConfigurableApplicationContext[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
        if (wecom != null) {
            wecom.close();
        }
    }

    @BeforeEach
    void cleanSlate() {
        List.of("outbox", "rate_slot", "rate_bucket").forEach(t -> db.sql("DELETE FROM " + t).update());
        wecom.reset();
    }

    @Test
    @Order(1)
    void theSameWecomCallbackDeliveredToBothIsAnsweredOnce() throws Exception {
        String text = "回调测试 " + UUID.randomUUID();
        var callback = new WeComCallbacks().text("lisi", text, "7100000000000000001", CLOCK.millis() / 1000);
        List<HttpResponse<String>> responses = both(app -> TestHttp.to(port(app))
                .send("POST", callback.pathAndQuery(), "text/xml", callback.body()));
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        var replies = new WeComCallbacks();
        List<String> contents = new ArrayList<>();
        for (var r : responses) {
            String content = replies.replyContent(r.body());
            if (content != null) {
                contents.add(content);
            }
        }
        assertThat(contents).isNotEmpty().allSatisfy(c -> assertThat(c).isEqualTo("收到第 1 次：" + text));
        // nothing more happens: no late answer from the other instance (bounded: well past the reply window's work)
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> HANDLED.get(text).get() == 1 && wecom.delivered("/cgi-bin/message/send").isEmpty());
    }

    @Test
    @Order(2)
    void aReminderCycleTriggeredOnBothAtTheSameMomentSendsEachReminderOnce() throws Exception {
        CLOCK.set(LocalDateTime.of(2026, 9, 28, 9, 0)); // Monday, remind-at has passed
        both(app -> {
            app.getBean(SupervisionScheduler.class).tick();
            return null;
        });
        both(app -> { // the instance that found the lock taken runs the cycle at its next check: nothing new
            app.getBean(SupervisionScheduler.class).tick();
            return null;
        });
        assertThat(db.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isEqualTo(3);
        both(app -> app.getBean(OutboxDispatcher.class).dispatchDue(100));
        var office = wecom.delivered("key=office-key");
        assertThat(office).singleElement().satisfies(r -> assertThat(r.content()).contains("【督办提醒】", "任务4", "任务15"));
        assertThat(wecom.delivered()).hasSize(1); // the other two reminders are for DingTalk, not configured here
    }

    @Test
    @Order(3)
    void thirtyPushesToOneRobotFromTwoInstancesRespectTwentyPerMinute() throws Exception {
        CLOCK.set(LocalDateTime.of(2026, 10, 12, 10, 0));
        Outbox outbox = a.getBean(Outbox.class);
        for (int i = 1; i <= 30; i++) {
            outbox.enqueue("rate-test-" + i, OutboundTarget.robot("wecom", "office"), OutboundMessage.text("限流测试第 " + i + " 条"));
        }
        List<Integer> sent = both(app -> app.getBean(OutboxDispatcher.class).dispatchDue(100));
        assertThat(sent.get(0) + sent.get(1)).isEqualTo(20);
        assertThat(wecom.delivered("key=office-key")).hasSize(20);
        CLOCK.advance(Duration.ofSeconds(59)); // still inside the minute: nobody may send
        assertThat(both(app -> app.getBean(OutboxDispatcher.class).dispatchDue(100))).containsOnly(0);
        CLOCK.advance(Duration.ofSeconds(1));
        sent = both(app -> app.getBean(OutboxDispatcher.class).dispatchDue(100));
        assertThat(sent.get(0) + sent.get(1)).isEqualTo(10);
        assertThat(wecom.delivered("key=office-key")).extracting(FakePlatform.Call::content).doesNotHaveDuplicates().hasSize(30);
    }

    @Test
    @Order(4)
    void oneUsersQuizContinuesAcrossInstances() throws Exception {
        assertThat(db.sql("UPDATE quiz_question SET status = 'APPROVED'").update()).isGreaterThanOrEqualTo(5);
        QuestionRepository repo = a.getBean(QuestionRepository.class);
        ConfigurableApplicationContext[] turns = {a, b};
        var said = QuizChat.http(port(a), JSON, "quiz-user", "quiz-user", "王芳", "答题");
        assertThat(said.reply()).contains("第 1/5 题");
        for (int i = 0; i < 5; i++) {
            Question q = QuizChat.asked(said.reply(), repo);
            said = QuizChat.http(port(turns[(i + 1) % 2]), JSON, "quiz-user", "quiz-user", "王芳", QuizChat.right(q, i));
            assertThat(said.reply()).startsWith("✅ 回答正确！");
            if (i < 4) {
                assertThat(said.reply()).contains("第 " + (i + 2) + "/5 题");
            }
        }
        assertThat(said.reply()).contains("本轮结束：答对 5/5 题");
    }

    @Test
    @Order(5)
    void aGroupContestTakesAnswersOnBothInstancesAndHasOneWinnerAndOneResult() throws Exception {
        db.sql("UPDATE quiz_question SET status = 'APPROVED'").update();
        QuestionRepository repo = a.getBean(QuestionRepository.class);
        Question q = repo.find(repo.approvedIds().get(0)).orElseThrow();
        var group = new QuizProperties.Group("行动办工作群", "wecom", "robot", "office", "wr-cluster-group", false);
        GroupContest.Contest contest = a.getBean(GroupContest.class)
                .open(group, q, "cluster-test:" + UUID.randomUUID(), Duration.ofMinutes(5), "抢答").contest();
        assertThat(answer(b, "u1", "张三", QuizChat.wrong(q))).contains("答错了");
        assertThat(answer(a, "u1", "张三", QuizChat.right(q, 2))).contains("每人只有一次机会"); // tried on b already
        assertThat(answer(a, "u2", "李四", QuizChat.right(q, 0))).contains("恭喜 李四 抢答正确");
        assertThat(answer(b, "u3", "王五", QuizChat.right(q, 1))).contains("本题已被 李四 抢先答对");

        CLOCK.advance(Duration.ofMinutes(5));
        List<Integer> closed = both(app -> app.getBean(GroupContest.class).closeExpired());
        assertThat(closed.get(0) + closed.get(1)).isEqualTo(1);
        assertThat(db.sql("SELECT COUNT(*) FROM outbox WHERE dedupe_key = ?").param("quiz:contest-result:" + contest.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    private static String answer(ConfigurableApplicationContext app, String userId, String name, String text) {
        return app.getBean(ConversationService.class)
                .handle(new IncomingMessage("wecom", "wr-cluster-group", userId, name, text, true, true)).text();
    }

    @Test
    @Order(6)
    void aPlanAddedToTheSharedFolderIsReadIntoTheLedgerOnce() throws Exception {
        long tasksBefore = db.sql("SELECT COUNT(*) FROM sup_task").query(Long.class).single();
        Files.writeString(knowledge.resolve("zz-cluster-plan.md"), """
                # 2026年督办补充清单（多实例测试）

                | 序号 | 工作任务 | 牵头单位 | 责任人 | 完成时限 |
                |---|---|---|---|---|
                | 1 | 多实例测试任务甲 | 市委督查室 | 赵敏 | 2026年12月31日前 |
                | 2 | 多实例测试任务乙 | 市委党校 | 周强 | 2026年12月31日前 |
                """, StandardCharsets.UTF_8);
        a.getBean(KnowledgeSync.class).sync(); // a's index picks the file up and the ledger follows its event
        assertThat(db.sql("SELECT COUNT(*) FROM sup_task").query(Long.class).single()).isEqualTo(tasksBefore + 2);
        long ledgerReadAt = stateUpdatedAt("ledger.plan-rows");
        long draftsAt = stateUpdatedAt("quiz.drafts-generated-for");
        long tasksUpdatedAt = db.sql("SELECT MAX(updated_at) FROM sup_task").query(Long.class).single();

        CLOCK.advance(Duration.ofMinutes(1));
        assertThat(b.getBean(KnowledgeSync.class).sync().changed()).isTrue(); // b's own index needs the file too
        assertThat(stateUpdatedAt("ledger.plan-rows")).isEqualTo(ledgerReadAt);          // b indexed the same rows: the ledger already built from them
        assertThat(stateUpdatedAt("quiz.drafts-generated-for")).isEqualTo(draftsAt);      // and the drafts generated
        assertThat(db.sql("SELECT MAX(updated_at) FROM sup_task").query(Long.class).single()).isEqualTo(tasksUpdatedAt);
        assertThat(db.sql("SELECT COUNT(*) FROM sup_task").query(Long.class).single()).isEqualTo(tasksBefore + 2);
    }

    @Test
    @Order(7)
    void anInstanceStoppedWhileHoldingClaimedRowsHasThemSentByTheOtherAfterTheLease() {
        CLOCK.set(LocalDateTime.of(2026, 10, 13, 10, 0));
        Outbox outboxA = a.getBean(Outbox.class);
        for (int i = 1; i <= 3; i++) {
            outboxA.enqueue("lease-test-" + i, OutboundTarget.robot("wecom", "office"), OutboundMessage.text("租约测试第 " + i + " 条"));
        }
        assertThat(outboxA.claim(10, LEASE).entries()).hasSize(3); // a claims the rows …
        a.close();                                                  // … and stops before sending them
        a = null;
        OutboxDispatcher dispatcherB = b.getBean(OutboxDispatcher.class);
        assertThat(dispatcherB.dispatchDue(100)).isZero(); // a's lease still holds
        CLOCK.advance(LEASE.plusMillis(1));
        assertThat(dispatcherB.dispatchDue(100)).isEqualTo(3);
        assertThat(wecom.delivered("key=office-key")).extracting(FakePlatform.Call::content)
                .containsExactlyInAnyOrder("租约测试第 1 条", "租约测试第 2 条", "租约测试第 3 条");
    }

    private long stateUpdatedAt(String key) {
        return db.sql("SELECT updated_at FROM cluster_state WHERE state_key = ?").param(key).query(Long.class).single();
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Runs the same action on both instances at the same moment; results in the order a, b. */
    private static <T> List<T> both(InstanceAction<T> action) throws Exception {
        var start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (var app : new ConfigurableApplicationContext[] {a, b}) {
                calls.add(() -> {
                    start.await();
                    return action.on(app);
                });
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface InstanceAction<T> {
        T on(ConfigurableApplicationContext app) throws Exception;
    }
}
