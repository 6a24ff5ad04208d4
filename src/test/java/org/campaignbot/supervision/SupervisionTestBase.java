package org.campaignbot.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.MutableClock;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The running app with the sample plan (plus a small test plan), the shipped config/contacts.yaml, a settable clock
 * and fake WeCom/DingTalk servers. Subclasses share one context; {@link #reset()} puts the ledger back as first read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.supervision.check-interval=1h", "bot.outbox.poll-interval=1h",
        "bot.admin.password=" + SupervisionTestBase.PASSWORD})
@Import(SupervisionTestConfig.class)
abstract class SupervisionTestBase {
    static final String PASSWORD = "test-admin-password";
    /** Tasks 20–22 come from this file; tasks 1–19 are the sample plan's rows 1–19. */
    static final String EXTRA_PLAN = """
            # 2026年督办补充清单（测试）

            | 序号 | 工作任务 | 牵头单位 | 责任人 | 完成时限 |
            |---|---|---|---|---|
            | 1 | 测试：时限写法无法识别的任务 | 市委督查室 | | 视情况而定 |
            | 2 | 测试：通讯录中没有的单位 | 市气象局 | | 12月底前 |
            | 3 | 测试：不写责任人时提醒全体成员 | 市委督查室 | | 2026年10月12日前 |
            """;
    private static Path knowledgeDir;

    @DynamicPropertySource
    static void knowledge(DynamicPropertyRegistry registry) {
        registry.add("bot.knowledge.dir", SupervisionTestBase::knowledgeDir);
    }

    private static synchronized String knowledgeDir() {
        if (knowledgeDir == null) {
            try {
                knowledgeDir = Files.createDirectories(Path.of("target/test-knowledge", UUID.randomUUID().toString()));
                Files.copy(Path.of("knowledge/plan-sanzhua-sancu-sample.md"), knowledgeDir.resolve("plan-sanzhua-sancu-sample.md"));
                Files.writeString(knowledgeDir.resolve("zz-test-extra.md"), EXTRA_PLAN, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return knowledgeDir.toString();
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    FakePlatform platforms;
    @Autowired
    List<TestRobotChannel> channels;
    @Autowired
    ReminderCycle cycle;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerSync sync;
    @Autowired
    ConversationService conversation;

    @BeforeEach
    void reset() {
        clock.set(SupervisionTestConfig.START);
        jdbc.sql("DELETE FROM sup_progress").update();
        jdbc.sql("DELETE FROM sup_reminder_log").update();
        jdbc.sql("DELETE FROM outbox").update();
        jdbc.sql("""
                UPDATE sup_task SET progress_percent = NULL, close_requested_at = NULL, close_requested_by = NULL,
                    closed_at = NULL, closed_by = NULL, period_due = NULL""").update();
        sync.sync(); // recurring tasks start again from the first period after START
        platforms.reset();
        channels.forEach(TestRobotChannel::reset);
    }

    void at(int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(2026, month, day, hour, minute));
    }

    /** Runs the reminder cycle and delivers whatever it queued. */
    ReminderCycle.Result remindAndDeliver() {
        ReminderCycle.Result result = cycle.run();
        dispatcher.dispatchDue(1000);
        return result;
    }

    Reply say(String channel, String userId, String text) {
        return conversation.handle(new IncomingMessage(channel, "group-1", userId, "", text, true, true));
    }

    HttpResponse<String> admin(String method, String path) throws Exception {
        return TestHttp.to(port).call(method, path, TestHttp.basic("admin", PASSWORD));
    }

    JsonNode adminJson(String method, String path) throws Exception {
        return FakePlatform.JSON.readTree(admin(method, path).body());
    }

    /** The admin API's row for a task. */
    JsonNode task(long id) throws Exception {
        return adminJson("GET", "/api/admin/supervision/tasks").valueStream()
                .filter(t -> t.path("id").asLong() == id).findFirst().orElseThrow();
    }
}
