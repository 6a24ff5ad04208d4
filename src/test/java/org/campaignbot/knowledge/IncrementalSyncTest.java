package org.campaignbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.campaignbot.knowledge.index.CountingModel;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.load.DocumentReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One edited file is re-indexed on its own: the model runs only on the text that changed, the other files' passages
 * keep their vectors, and the document catalog follows the edit. Real model, real Lucene index on disk.
 */
class IncrementalSyncTest {
    static final String ADDED = "各乡镇要在每月10日前报送本乡镇任务进展情况。";
    @TempDir
    Path root;
    final CountingModel model = new CountingModel();
    IndexedKnowledge knowledge;
    KnowledgeSync sync;

    @AfterEach
    void close() throws Exception {
        knowledge.close();
    }

    /** The knowledge base on {@code docs}, with the counting model, after its first sync started. */
    private void start(Path docs) {
        var props = new KnowledgeProperties(docs, root.resolve("index"), false, Duration.ofSeconds(2), 8, 0.45, 0.58);
        var embedder = new Embedder(model.runtime());
        knowledge = new IndexedKnowledge(props, embedder);
        sync = new KnowledgeSync(knowledge, props, new DocumentReader(), embedder, event -> { }, Clock.systemUTC());
        knowledge.open();
        sync.start();
    }

    @Test
    void anEditedFileReEmbedsOnlyWhatChangedAndLeavesTheOtherFilesAlone() throws Exception {
        Path docs = Files.createDirectories(root.resolve("docs"));
        Files.copy(Path.of("knowledge/speech-sanzhua-sancu.md"), docs.resolve("speech.md"));
        Files.copy(Path.of("knowledge/plan-sanzhua-sancu-sample.md"), docs.resolve("plan.md"));
        start(docs);
        knowledge.catalog(); // waits for the first sync
        int firstBuild = model.take().size();
        Map<String, float[]> planBefore = knowledge.writableIndex().vectorsOf("plan.md");
        int passagesBefore = knowledge.status().chunks();

        Files.writeString(docs.resolve("speech.md"), "\n" + ADDED + "\n", java.nio.file.StandardOpenOption.APPEND);
        KnowledgeSync.Report report = sync.sync();

        assertThat(report.updated()).containsExactly("speech.md");
        List<String> embedded = model.take();
        // the last chunk of the speech (it now ends with the added sentence) and the added sentence itself
        assertThat(embedded).contains(ADDED).hasSizeLessThanOrEqualTo(2);
        assertThat(embedded).allMatch(t -> t.contains(ADDED));
        assertThat(firstBuild).isGreaterThan(50);
        Map<String, float[]> planAfter = knowledge.writableIndex().vectorsOf("plan.md");
        assertThat(planAfter.keySet()).isEqualTo(planBefore.keySet());
        planBefore.forEach((text, vector) -> assertThat(planAfter.get(text)).containsExactly(vector));
        assertThat(knowledge.status().chunks()).isBetween(passagesBefore, passagesBefore + 1);
        assertThat(knowledge.catalog().document("speech.md").orElseThrow().outline().toString()).contains("每月10日前");

        assertThat(sync.sync().changed()).isFalse(); // and nothing more when nothing changed
        assertThat(model.take()).isEmpty();
    }

    /** Files added one sync at a time add a segment each; past a few the sync merges them, and nothing is lost. */
    @Test
    void manySegmentsAreMergedIntoOne() throws Exception {
        Path docs = Files.createDirectories(root.resolve("docs"));
        start(docs);
        knowledge.catalog();
        List<Integer> segments = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Files.writeString(docs.resolve("notice-" + i + ".md"), "# 第" + i + "号通知\n\n请各单位于" + i + "月底前报送台账。\n");
            sync.sync();
            segments.add(knowledge.writableIndex().withSearcher(s -> s.getIndexReader().leaves().size()));
        }
        assertThat(segments.subList(0, 4)).containsExactly(1, 2, 3, 4);
        assertThat(segments.get(4)).isEqualTo(1); // the fifth would have made five
        assertThat(segments.get(5)).isEqualTo(2);
        assertThat(knowledge.writableIndex().fileCount()).isEqualTo(6);
        assertThat(knowledge.catalog().documents()).hasSize(6);
    }
}
