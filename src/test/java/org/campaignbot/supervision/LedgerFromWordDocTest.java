package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A plan distributed as a Word 97–2003 .doc (or the same file saved as .wps) fills the ledger like a .docx: indexed by
 * the real knowledge sync, taken from its catalog by {@link LedgerSync} into a real (H2) ledger. Only those beans
 * start ({@link LedgerSlice}), not the application.
 */
@SpringBootTest(classes = LedgerSlice.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        BotTest.INDEX, "bot.knowledge.watch=false"})
class LedgerFromWordDocTest {
    static final Path DIR = Path.of("target/test-knowledge", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void knowledge(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(DIR.resolve("wps"));
        Path doc = Path.of("src/test/resources/documents/plan-task-table.doc");
        Files.copy(doc, DIR.resolve("plan.doc"));
        Files.copy(doc, DIR.resolve("wps/plan.wps"));
        registry.add("bot.knowledge.dir", DIR::toString);
    }

    @Autowired
    LedgerSync sync;
    @Autowired
    LedgerRepository repository;

    @Test
    void theTaskTableOfADocAndAWpsReachesTheLedger() {
        sync.sync();
        var tasks = repository.all().stream().filter(t -> !t.removed()).toList();
        assertThat(tasks).extracting(Task::source, Task::title, Task::leadUnit).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("plan.doc", "建立任务台账", "办公室"),
                org.assertj.core.groups.Tuple.tuple("plan.doc", "报送工作进展", "综合科"),
                org.assertj.core.groups.Tuple.tuple("wps/plan.wps", "建立任务台账", "办公室"),
                org.assertj.core.groups.Tuple.tuple("wps/plan.wps", "报送工作进展", "综合科"));
    }
}
