package org.campaignbot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.Chunk;
import org.junit.jupiter.api.Test;

/** Decoded passages are kept per index segment: an edited or removed file is never answered from the cache. */
class StoredChunksTest {
    private final StoredChunks cache = new StoredChunks();

    @Test
    void anEditedFileIsReadAgainAndItsOldPassagesAreDropped() throws Exception {
        KnowledgeIndex index = KnowledgeIndex.open(Files.createTempDirectory("stored-chunks"), 2);
        try {
            add(index, "notice.txt", "重点检查节能降耗情况。");
            index.commit();
            assertThat(text(index, "notice.txt#0")).isEqualTo("重点检查节能降耗情况。");
            assertThat(text(index, "notice.txt#0")).as("read from the cache").isEqualTo("重点检查节能降耗情况。");
            assertThat(cache.size()).isEqualTo(1);

            add(index, "notice.txt", "每月通报整改进度。"); // the sync replaces the file's passages
            index.commit();
            index.compact(); // the old segment is merged away and closed
            assertThat(text(index, "notice.txt#0")).isEqualTo("每月通报整改进度。");
            assertThat(cache.size()).as("the closed segment's passage is forgotten").isEqualTo(1);
        } finally {
            index.close();
        }
        assertThat(cache.size()).as("closing the index closes its segments").isZero();
    }

    @Test
    void keepsAtMostItsBound() throws Exception {
        StoredChunks small = new StoredChunks(2);
        KnowledgeIndex index = KnowledgeIndex.open(Files.createTempDirectory("stored-chunks"), 2);
        try {
            for (int i = 0; i < 3; i++) {
                add(index, "f" + i + ".txt", "第" + i + "份文件。");
            }
            index.commit();
            for (int i = 0; i < 3; i++) {
                String id = "f" + i + ".txt#0";
                String text = index.withSearcher(s -> small.get(s, doc(s, id)).chunk().text());
                assertThat(text).isEqualTo("第" + i + "份文件。");
            }
            assertThat(small.size()).isEqualTo(2);
        } finally {
            index.close();
        }
    }

    private String text(KnowledgeIndex index, String id) {
        return index.withSearcher(s -> cache.get(s, doc(s, id)).chunk().text());
    }

    private static int doc(org.apache.lucene.search.IndexSearcher s, String id) throws java.io.IOException {
        return s.search(new TermQuery(new Term(IndexedChunk.ID, id)), 1).scoreDocs[0].doc;
    }

    private static void add(KnowledgeIndex index, String path, String text) throws Exception {
        var doc = new SourceDocument(path, path, List.of(text), List.of());
        index.replaceFile(doc, "h-" + text, List.of(new Chunk(path + "#0", path, path, "", text)),
                List.of(new float[] {1, 0}), List.of(List.of(new float[] {0, 1})));
    }
}
