package org.campaignbot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.Chunk;
import org.junit.jupiter.api.Test;

/** A removed file's words stop counting as the knowledge base's once the sync compacts the index. */
class RemovedWordsTest {
    @Test
    void aRemovedFilesWordsAreNoLongerCounted() throws Exception {
        Path dir = Files.createTempDirectory("removed-words");
        KnowledgeIndex index = KnowledgeIndex.open(dir, 2);
        try {
            for (int i = 0; i < 12; i++) { // a removed file is a small share of its segment, as in a real index
                add(index, "speech" + i + ".md", "学习是提高能力素质的根本途径。");
            }
            add(index, "notice.txt", "重点检查节能降耗情况。");
            index.commit(); // one segment holds all files
            index.removeFile("notice.txt");
            index.commit();
            assertThat(docFreq(index, "检查")).as("Lucene still counts a deleted passage").isPositive();
            assertThat(index.compact()).isTrue();
            assertThat(docFreq(index, "检查")).isZero();
            assertThat(docFreq(index, "学习")).isPositive();
            assertThat(index.compact()).as("nothing left to merge").isFalse();
        } finally {
            index.close();
        }
    }

    private static void add(KnowledgeIndex index, String path, String text) throws Exception {
        var doc = new SourceDocument(path, path, List.of(text), List.of());
        index.replaceFile(doc, "h-" + path, List.of(new Chunk(path + "#0", path, path, "", text)),
                List.of(new float[] {1, 0}), List.of(List.of(new float[] {1, 0})));
    }

    private static int docFreq(KnowledgeIndex index, String word) {
        return index.withSearcher(s -> s.getIndexReader().docFreq(new Term(Analyzers.WORDS, word)));
    }
}
