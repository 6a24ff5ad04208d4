package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.campaignbot.BotTest;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.knowledge.KnowledgeSync;
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.message.IncomingMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Documents made by an office suite, not by the test code: LibreOffice converts one plan (a five-row task table with
 * cells that wrap, src/test/resources/documents/plan-five-tasks.fodt) to Word 97–2003 .doc, .docx and PDF, and each
 * in turn is the only document in the knowledge folder. From each the same five tasks reach the ledger, and the same
 * questions get the same replies. Skipped, with a message, only where {@code soffice} is not installed
 * (.ci/setup/40-libreoffice.sh installs it in CI).
 */
@EnabledIf(value = "org.campaignbot.supervision.OfficeSuiteDocumentsTest#officeSuitePresent",
        disabledReason = "LibreOffice（soffice）未安装：跳过办公软件生成文档的测试（apt-get install libreoffice-writer-nogui）")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        BotTest.DB, BotTest.INDEX, "bot.supervision.check-interval=1h", "bot.outbox.poll-interval=1h"})
@Import(SupervisionTestConfig.class)
class OfficeSuiteDocumentsTest {
    private static final Path SOURCE = Path.of("src/test/resources/documents/plan-five-tasks.fodt");
    private static final Path WORK = Path.of("target/office-suite", UUID.randomUUID().toString());
    private static final Path KNOWLEDGE = WORK.resolve("knowledge");
    /** LibreOffice's export filter for each format. */
    private static final Map<String, String> FORMATS = new LinkedHashMap<>(Map.of(
            "docx", "docx:MS Word 2007 XML", "doc", "doc:MS Word 97", "pdf", "pdf:writer_pdf_Export"));
    private static final List<String> QUESTIONS = List.of(
            "简化审批流程由哪个单位牵头？什么时候完成？",
            "任务进展情况每月什么时候报送？",
            "孙伟负责哪些任务？");

    @Autowired
    KnowledgeView knowledge;
    @Autowired
    KnowledgeSync sync;
    @Autowired
    LedgerSync ledger;
    @Autowired
    LedgerRepository repository;
    @Autowired
    ConversationService conversation;

    static boolean officeSuitePresent() {
        return soffice() != null;
    }

    @DynamicPropertySource
    static void knowledge(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(KNOWLEDGE);
        registry.add("bot.knowledge.dir", KNOWLEDGE::toString);
    }

    @BeforeAll
    static void convert() throws Exception {
        long started = System.nanoTime();
        for (var format : FORMATS.entrySet()) {
            Path out = Files.createDirectories(WORK.resolve(format.getKey()));
            // a throwaway profile: a user's own LibreOffice (or a second run at the same time) cannot lock this one
            var process = new ProcessBuilder(soffice().toString(),
                    "-env:UserInstallation=" + WORK.resolve("profile").toAbsolutePath().toUri(),
                    "--headless", "--norestore", "--convert-to", format.getValue(),
                    "--outdir", out.toAbsolutePath().toString(), SOURCE.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(WORK.resolve(format.getKey() + ".log").toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("LibreOffice 转换 ." + format.getKey() + " 超时（2 分钟）");
            }
            assertThat(out.resolve("plan-five-tasks." + format.getKey()))
                    .as("soffice 输出：" + Files.readString(WORK.resolve(format.getKey() + ".log"))).isNotEmptyFile();
        }
        System.out.printf("LibreOffice converted the plan to .docx, .doc and .pdf in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theSameFiveTasksAndTheSameRepliesComeFromTheDocDocxAndPdf() throws IOException {
        Map<String, List<String>> tasks = new LinkedHashMap<>();
        Map<String, List<String>> replies = new LinkedHashMap<>();
        for (String format : FORMATS.keySet()) {
            try (var old = Files.list(KNOWLEDGE)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            String name = "plan." + format;
            Files.copy(WORK.resolve(format).resolve("plan-five-tasks." + format), KNOWLEDGE.resolve(name));
            sync.sync();
            assertThat(knowledge.status().skipped()).as("跳过的文件").isEmpty();
            ledger.sync();
            tasks.put(format, repository.all().stream().filter(t -> !t.removed() && t.source().equals(name))
                    .map(t -> String.join("|", t.no(), t.title(), t.leadUnit(), String.join("、", t.coUnits()),
                            t.owner(), t.deadline().toString()))
                    .toList());
            List<String> answers = new ArrayList<>();
            for (String question : QUESTIONS) {
                answers.add(conversation.handle(IncomingMessage.direct("web", "office-" + format, "", question)).text());
            }
            replies.put(format, answers);
        }

        List<String> fromDocx = tasks.get("docx");
        assertThat(fromDocx).hasSize(5);
        assertThat(fromDocx.get(0)).startsWith("1|制定“三抓三促”行动督办台账，逐项明确牵头单位、责任人和完成时限|市委办公室|市政府办公室|李明|");
        assertThat(fromDocx.get(1)).startsWith("2|召开各县区、各部门“三抓三促”行动推进会，传达动员部署会议精神|市委办公室|各县区、市直各部门|李明|");
        assertThat(fromDocx.get(4)).startsWith("5|简化审批流程，审批时限平均压缩50%以上|市政务服务管理局|市发展改革委|张三|");
        assertThat(tasks.get("doc")).as(".doc 与 .docx 的台账").isEqualTo(fromDocx);
        assertThat(tasks.get("pdf")).as("PDF 与 .docx 的台账").isEqualTo(fromDocx);

        List<String> docxReplies = replies.get("docx");
        assertThat(docxReplies.get(0)).contains("市政务服务管理局", "2027年9月30日前");
        assertThat(docxReplies.get(1)).contains("每月25日前向市委督查室报送任务进展情况");
        assertThat(docxReplies.get(2)).contains("开展业务知识、法律法规、现代管理等方面干部全员培训");
        assertThat(replies.get("doc")).as(".doc 与 .docx 的回答").isEqualTo(docxReplies);
        assertThat(replies.get("pdf")).as("PDF 与 .docx 的回答").isEqualTo(docxReplies);
    }

    /** soffice on the PATH, or null. */
    private static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
