package org.campaignbot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.split.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** The indexer's embedding: the same vectors as one text at a time, each text once, rows without sentences. */
class ChunkEmbedderTest {
    final CountingModel model = new CountingModel();
    final Embedder embedder = new Embedder(model.runtime());
    final List<Chunk> chunks;

    ChunkEmbedderTest() throws Exception {
        chunks = new ChineseStructureSplitter().split(new DocumentReader()
                .read(Path.of("knowledge/plan-sanzhua-sancu-sample.md"), "plan.md"));
    }

    @Test
    void aBatchGivesTheSameVectorsAsOneTextAtATime() {
        ChunkEmbedder.Vectors batch = new ChunkEmbedder(embedder).embed(chunks, Map.of());
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            assertThat(batch.chunkVectors().get(i)).containsExactly(embedder.passages(List.of(c.indexedText())).get(0));
            if (!c.row()) {
                List<String> sentences = SentenceSplitter.split(c.text());
                assertThat(batch.sentenceVectors().get(i)).hasSize(sentences.size());
                for (int s = 0; s < sentences.size(); s++) {
                    assertThat(batch.sentenceVectors().get(i).get(s))
                            .containsExactly(embedder.passages(List.of(sentences.get(s))).get(0));
                }
            }
        }
    }

    @Test
    void eachDistinctTextIsEmbeddedOnceAndRowsGetNoSentenceVectors() {
        ChunkEmbedder.Vectors vectors = new ChunkEmbedder(embedder).embed(chunks, Map.of());
        List<String> embedded = model.take();
        assertThat(embedded).doesNotHaveDuplicates().hasSize(vectors.embedded());
        assertThat(chunks).anyMatch(Chunk::row).anyMatch(c -> !c.row());
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).row()) {
                assertThat(vectors.sentenceVectors().get(i)).isEmpty();
                assertThat(embedded).doesNotContain(chunks.get(i).text()); // the row's own sentence
            }
        }
    }

    @Test
    void aSentenceThatNeighbouringChunksShareIsEmbeddedOnce() {
        // the splitter repeats a chunk's last sentence at the start of the next chunk of the same section
        List<Chunk> neighbours = List.of(new Chunk("a.md#0", "a.md", "甲", "一、总体要求", "第一句话。共同的一句话。"),
                new Chunk("a.md#1", "a.md", "甲", "一、总体要求", "共同的一句话。第三句话。"));
        ChunkEmbedder.Vectors vectors = new ChunkEmbedder(embedder).embed(neighbours, Map.of());
        assertThat(model.take()).containsExactlyInAnyOrder("一、总体要求\n第一句话。共同的一句话。",
                "一、总体要求\n共同的一句话。第三句话。", "第一句话。", "共同的一句话。", "第三句话。");
        assertThat(vectors.sentenceVectors().get(1).get(0)).isSameAs(vectors.sentenceVectors().get(0).get(1));
    }

    @Test
    void vectorsAlreadyKnownAreReusedAndOnlyNewTextIsEmbedded() {
        ChunkEmbedder chunkEmbedder = new ChunkEmbedder(embedder);
        ChunkEmbedder.Vectors first = chunkEmbedder.embed(chunks, Map.of());
        Map<String, float[]> known = new HashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> texts = ChunkEmbedder.texts(chunks.get(i));
            known.put(texts.get(0), first.chunkVectors().get(i));
            for (int s = 1; s < texts.size(); s++) {
                known.put(texts.get(s), first.sentenceVectors().get(i).get(s - 1));
            }
        }
        Chunk edited = chunks.get(3);
        Chunk changed = new Chunk(edited.id(), edited.path(), edited.title(), edited.section(), edited.text() + "新增一句话。");
        model.take();
        List<Chunk> again = new java.util.ArrayList<>(chunks);
        again.set(3, changed);
        ChunkEmbedder.Vectors second = chunkEmbedder.embed(again, known);
        assertThat(model.take()).containsExactlyInAnyOrder(changed.indexedText(), "新增一句话。");
        assertThat(second.embedded()).isEqualTo(2);
        assertThat(second.chunkVectors().get(0)).isSameAs(first.chunkVectors().get(0));
    }
}
