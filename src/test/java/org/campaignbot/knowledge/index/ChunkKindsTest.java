package org.campaignbot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.Chunk;
import org.junit.jupiter.api.Test;

/** Passages' kinds are kept per segment reader: a file edited into a task row and retitled is seen as such at once. */
class ChunkKindsTest {
    private final ChunkKinds kinds = new ChunkKinds();

    @Test
    void anEditedFileIsReadAgainAndClosedSegmentsAreDropped() throws Exception {
        KnowledgeIndex index = KnowledgeIndex.open(Files.createTempDirectory("chunk-kinds"), 2);
        try {
            add(index, "plan.txt", "旧方案", false);
            index.commit();
            assertThat(kind(index, "plan.txt#0")).isEqualTo(new IndexedChunk.Kind(false, "旧方案"));
            assertThat(kind(index, "plan.txt#0")).as("kept").isEqualTo(new IndexedChunk.Kind(false, "旧方案"));

            add(index, "plan.txt", "新方案", true); // the sync replaces the file's passages
            index.commit();
            assertThat(kind(index, "plan.txt#0")).isEqualTo(new IndexedChunk.Kind(true, "新方案"));
            index.compact(); // the deleted passage's segment is rewritten, the old readers closed
            assertThat(kind(index, "plan.txt#0")).isEqualTo(new IndexedChunk.Kind(true, "新方案"));
            int open = index.withSearcher(s -> s.getIndexReader().leaves().size());
            assertThat(kinds.segments()).as("only the open segments' kinds are kept").isEqualTo(open);
        } finally {
            index.close();
        }
        assertThat(kinds.segments()).isZero();
    }

    private IndexedChunk.Kind kind(KnowledgeIndex index, String id) {
        return index.withSearcher(s -> kinds.of(s, s.search(new TermQuery(new Term(IndexedChunk.ID, id)), 1).scoreDocs[0].doc));
    }

    private static void add(KnowledgeIndex index, String path, String title, boolean row) throws Exception {
        var doc = new SourceDocument(path, title, List.of("每月通报。"), List.of());
        index.replaceFile(doc, "h-" + title, List.of(new Chunk(path + "#0", path, title, "", "每月通报。", row)),
                List.of(new float[] {1, 0}), List.of(List.of(new float[] {0, 1})));
    }
}
