package org.campaignbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.index.KnowledgeIndex;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.testing.KnowledgeSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The index follows the folder: files added, changed and removed while running are picked up by the watcher within
 * seconds, unreadable files are skipped and reported, unchanged files are not re-embedded, and a corrupt index is
 * rebuilt. The knowledge beans alone ({@link KnowledgeSlice}): nothing else of the application is involved.
 */
@SpringBootTest(classes = KnowledgeSlice.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "bot.knowledge.watch-interval=300ms")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeLifecycleTest {
    static final Path ROOT = Path.of("target/test-knowledge", UUID.randomUUID().toString());
    static final Path DOCS = ROOT.resolve("docs");
    static final Path INDEX = ROOT.resolve("index");

    @Autowired
    KnowledgeView knowledge;
    @Autowired
    KnowledgeSync sync;
    @Autowired
    HybridRetriever retriever;
    @Autowired
    Embedder embedder;
    @Autowired
    KnowledgeHealthIndicator health;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(DOCS.resolve("sub"));
        Files.copy(Path.of("knowledge/speech-sanzhua-sancu.md"), DOCS.resolve("speech.md"));
        Files.write(DOCS.resolve("broken.docx"), new byte[] {0x50, 0x4b, 1, 2, 3});
        Files.write(DOCS.resolve("empty.txt"), new byte[0]);
        for (String other : new String[] {"sub/plan.ofd", "sub/tasks.xlsx", "slides.pptx", "photo.jpg"}) {
            Files.writeString(DOCS.resolve(other), "not a document we read");
        }
        for (String clutter : new String[] {"~$speech.docx", ".~lock.speech.docx#", ".notes.md"}) {
            Files.writeString(DOCS.resolve(clutter), "office clutter");
        }
        registry.add("bot.knowledge.dir", DOCS::toString);
        registry.add("bot.knowledge.index-dir", INDEX::toString);
    }

    /**
     * The start-up sync runs in the background; in the application a start-up listener (the ledger) waits for it
     * before the tests run, here nothing does, so the tests wait as any reader of the view does.
     */
    @BeforeEach
    void startUpSyncDone() {
        knowledge.catalog();
    }

    @Test
    @Order(1)
    void unreadableFilesAreSkippedAndReportedWhileTheRestIsIndexed() {
        assertThat(knowledge.status().documents()).isEqualTo(1);
        assertThat(knowledge.status().skipped()).containsKey("broken.docx");
        assertThat(retriever.search("学习是提高能力素质的什么途径", 3).relevant()).isTrue();
    }

    @Test
    @Order(1)
    void everyOtherFileIsListedInHealthWithTheReasonButOfficeClutterIsNot() {
        var skipped = knowledge.status().skipped();
        assertThat(skipped.keySet()).containsExactly("broken.docx", "empty.txt", "photo.jpg", "slides.pptx",
                "sub/plan.ofd", "sub/tasks.xlsx");
        assertThat(skipped.get("broken.docx")).contains("损坏");
        assertThat(skipped.get("empty.txt")).contains("空");
        assertThat(skipped.get("sub/tasks.xlsx")).isEqualTo("不支持的文件类型 .xlsx（Excel 表格），请把表格复制到 Word 中，请另存为 .docx 或 .pdf 后放入");
        assertThat(skipped.get("sub/plan.ofd")).startsWith("不支持的文件类型 .ofd");
        assertThat(health.health().getDetails().get("skippedFiles")).isEqualTo(skipped);
    }

    @Test
    @Order(2)
    void addedChangedAndRemovedFilesArePickedUpWithinSeconds() throws IOException {
        String notice = "关于开展节能降耗专项检查的通知\n一、检查内容。重点检查各单位办公用电、公务用车燃油消耗情况。\n";
        Files.write(DOCS.resolve("sub/notice.txt"), notice.getBytes(Charset.forName("GB18030")));
        await().atMost(Duration.ofSeconds(10)).until(() -> retriever.search("公务用车燃油消耗检查", 3).passages()
                .get(0).chunk().text().contains("公务用车燃油消耗"));
        assertThat(retriever.search("公务用车燃油消耗检查", 3).passages().get(0).chunk().title())
                .isEqualTo("关于开展节能降耗专项检查的通知");

        Files.writeString(DOCS.resolve("sub/notice.txt"), notice.replace("公务用车燃油消耗", "会议室空调温度设置"));
        await().atMost(Duration.ofSeconds(10)).until(() -> knowledge.chunks().stream()
                .anyMatch(c -> c.text().contains("会议室空调温度设置")));
        assertThat(knowledge.chunks()).noneMatch(c -> c.text().contains("公务用车燃油消耗"));

        Files.delete(DOCS.resolve("sub/notice.txt"));
        await().atMost(Duration.ofSeconds(10)).until(() -> knowledge.chunks().stream()
                .noneMatch(c -> c.path().equals("sub/notice.txt")));

        Files.writeString(DOCS.resolve("sub/minutes.xls"), "a spreadsheet");
        await().atMost(Duration.ofSeconds(10)).until(() -> knowledge.status().skipped().containsKey("sub/minutes.xls"));
        Files.delete(DOCS.resolve("sub/minutes.xls"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !knowledge.status().skipped().containsKey("sub/minutes.xls"));
    }

    @Test
    @Order(3)
    void unchangedFilesAreNotReembedded() {
        var report = sync.sync();
        assertThat(report.updated()).isEmpty();
        assertThat(report.removed()).isEmpty();
    }

    @Test
    @Order(4)
    void aCorruptIndexIsRebuiltOnOpen() throws IOException {
        Path copy = ROOT.resolve("corrupt-index");
        Files.createDirectories(copy);
        try (var files = Files.list(INDEX)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        try (var files = Files.list(copy)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x5A;
                Files.write(f, bytes);
            }
        }
        try (KnowledgeIndex reopened = KnowledgeIndex.open(copy, embedder.dimension())) {
            assertThat(reopened.wasRebuilt()).isTrue();
            assertThat(reopened.fileHashes()).isEmpty();
        }
    }
}
