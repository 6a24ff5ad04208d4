package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.knowledge.KnowledgeSync;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A plan edited while the bot runs: tasks keep their number and progress; one-to-one reminders when enabled. The
 * ledger follows the knowledge base's change event, so the tests sync the knowledge base (the watcher is off, so
 * that its own polling does not race them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        BotTest.DB, BotTest.INDEX, "bot.supervision.check-interval=1h", "bot.outbox.poll-interval=1h",
        "bot.supervision.direct-message=true", "bot.knowledge.watch=false"})
@Import(SupervisionTestConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the plan edits of the second test would change the first's reminders
class LedgerSyncTest {
    static final Path DIR = Path.of("target/test-knowledge", UUID.randomUUID().toString());
    static final String HEAD = "# 2026年测试方案\n\n| 序号 | 工作任务 | 牵头单位 | 责任人 | 完成时限 |\n|---|---|---|---|---|\n";

    @DynamicPropertySource
    static void knowledge(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(DIR);
        write("""
                | 1 | 甲任务 | 市委督查室 | 赵敏 | 2026年10月12日前 |
                | 2 | 乙任务 | 市委党校 | 周强 | 每季度末 |
                | 3 | 丙任务 | 市委宣传部 | 陈静 | 2026年12月31日前 |
                """);
        registry.add("bot.knowledge.dir", DIR::toString);
    }

    /** The plan after the first test's edits: a row inserted, one reworded, one back. */
    static final String EDITED = """
            | 1 | 零任务 | 市委办公室 | 李明 | 2026年11月15日前 |
            | 2 | 甲任务 | 市委督查室 | 赵敏 | 2026年11月30日前 |
            | 3 | 乙任务：每季度举办专题培训班 | 市委党校 | 周强 | 每季度末 |
            | 4 | 丙任务 | 市委宣传部 | 陈静 | 2026年12月31日前 |
            """;

    static void write(String rows) throws IOException {
        Files.writeString(DIR.resolve("plan.md"), HEAD + rows, StandardCharsets.UTF_8);
    }

    @Autowired
    KnowledgeSync knowledge;
    @Autowired
    LedgerSync sync;
    @Autowired
    Ledger ledger;
    @Autowired
    ConversationService conversation;
    @Autowired
    MutableClock clock;
    @Autowired
    ReminderCycle cycle;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    FakePlatform platforms;

    private String say(String userId, String text) {
        return conversation.handle(IncomingMessage.direct("wecom", userId, "", text)).text();
    }

    private TaskState state(long id) {
        return ledger.state(id).orElse(null);
    }

    @Test
    @Order(2)
    void editingThePlanKeepsEachTasksNumberAndProgress() throws IOException {
        assertThat(sync.syncIfChanged()).isNull(); // read at start-up, unchanged since
        say("ZhaoMin", "进度 1 30% 已起草");
        say("ZhouQiang", "进展 2 第三季度培训已完成");

        // a row inserted at the top renumbers the rest, a deadline changes, a row is removed, a file is damaged
        write("""
                | 1 | 零任务 | 市委办公室 | 李明 | 2026年11月15日前 |
                | 2 | 甲任务 | 市委督查室 | 赵敏 | 2026年11月30日前 |
                | 3 | 乙任务 | 市委党校 | 周强 | 每季度末 |
                """);
        Files.write(DIR.resolve("damaged.docx"), new byte[] {1, 2, 3});
        knowledge.sync(); // the index notices the change (as the watcher would) and the ledger follows its event
        assertThat(state(1).task().title()).isEqualTo("甲任务");
        assertThat(state(1).task().no()).isEqualTo("2");
        assertThat(state(1).task().percent()).isEqualTo(30);
        assertThat(state(1).due()).hasToString("2026-11-30");
        assertThat(state(2).due()).hasToString("2026-12-31"); // the recurring task keeps the period it reached
        assertThat(state(3)).isNull();                         // removed from the plan: hidden
        assertThat(say("x", "任务 3")).contains("没有任务3");
        assertThat(state(4).task().title()).isEqualTo("零任务");

        // a reworded title keeps its task by 序号
        write(EDITED);
        knowledge.sync();
        assertThat(state(2).task().title()).isEqualTo("乙任务：每季度举办专题培训班");
        assertThat(ledger.progress(2)).extracting(Progress::body).containsExactly("第三季度培训已完成");
        assertThat(state(3).task().title()).isEqualTo("丙任务"); // back in the plan, same number
        assertThat(ledger.states()).hasSize(4);
        assertThat(say("ZhaoMin", "任务 1")).contains("30%", "已起草");
    }

    @Test
    @Order(3)
    void theLedgerIsBuiltFromTheIndexedRowsNotFromTheFolder() throws IOException {
        Files.copy(Path.of("src/test/resources/documents/plan-task-table.doc"), DIR.resolve("word.doc"));
        knowledge.sync();
        assertThat(titles("word.doc")).containsExactlyInAnyOrder("建立任务台账", "报送工作进展");
        assertThat(titles("plan.md")).hasSize(4);

        // the folder changes behind the knowledge base's back: until it syncs, the ledger — even rebuilt — shows
        // what the index holds, since LedgerSync never reads the files itself
        Files.delete(DIR.resolve("plan.md"));
        LedgerSync.Report again = sync.sync();
        assertThat(again.updated()).isZero(); // every row as it was: nothing written
        assertThat(again.total()).isEqualTo(6);
        assertThat(titles("plan.md")).hasSize(4);

        // a plan that can no longer be read leaves the index, but keeps its tasks; one removed takes them away
        Files.write(DIR.resolve("word.doc"), new byte[] {1, 2, 3});
        knowledge.sync();
        assertThat(titles("word.doc")).containsExactlyInAnyOrder("建立任务台账", "报送工作进展");
        assertThat(titles("plan.md")).isEmpty();
        assertThat(sync.syncIfChanged()).isNull(); // nothing changed since: no second rebuild

        // the plan back, as last written: its tasks come back with their numbers and progress
        write(EDITED);
        knowledge.sync();
        assertThat(titles("plan.md")).hasSize(4);
        assertThat(say("ZhaoMin", "任务 1")).contains("30%", "已起草");
    }

    private java.util.List<String> titles(String source) {
        return ledger.states().stream().map(TaskState::task).filter(t -> t.source().equals(source)).map(Task::title)
                .toList();
    }

    @Test
    @Order(1)
    void withDirectMessagesOnTheRemindersAlsoGoOneToOneThroughTheWecomApp() {
        clock.set(LocalDateTime.of(2026, 9, 28, 9, 0));
        cycle.run();
        dispatcher.dispatchDue(1000);
        var direct = platforms.delivered("/cgi-bin/message/send");
        assertThat(direct).extracting(r -> r.body().path("touser").asString()).contains("ZhouQiang");
        assertThat(direct).allMatch(r -> r.content().contains("【督办提醒】"));
        assertThat(platforms.delivered("test-key-office")).isNotEmpty();
    }
}
