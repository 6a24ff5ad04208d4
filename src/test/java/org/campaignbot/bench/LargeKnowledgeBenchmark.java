package org.campaignbot.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Steps of bench/large-knowledge-benchmark.sh that need the project's classes. Not part of the test suite (the
 * surefire configuration leaves out *Benchmark*); run one step with -Dtest=LargeKnowledgeBenchmark#step.
 */
class LargeKnowledgeBenchmark {

    /** Writes -Dbench.documents documents into -Dbench.corpus (an empty or absent folder). */
    @Test
    void synthesise() throws Exception {
        int count = Integer.getInteger("bench.documents", 200);
        Path out = Path.of(System.getProperty("bench.corpus", "target/bench-corpus-" + count));
        new CorpusSynthesiser(Path.of("")).write(Path.of(""), out, count);
        System.out.println("BENCH corpus: " + count + " documents in " + out.toAbsolutePath());
    }

    /**
     * What the model has to run on for -Dbench.corpus, before and after the indexer embeds only what answering needs:
     * every chunk and every sentence of every chunk (as it was), or each distinct chunk text and prose sentence once.
     */
    @Test
    void count() throws Exception {
        Path corpus = Path.of(System.getProperty("bench.corpus", "target/bench-corpus-200"));
        var reader = new org.campaignbot.knowledge.load.DocumentReader();
        var splitter = new org.campaignbot.knowledge.split.ChineseStructureSplitter();
        long chunks = 0, allSentences = 0, chars = 0, neededChars = 0, needed = 0;
        for (var f : org.campaignbot.knowledge.load.KnowledgeFiles.list(corpus)) {
            var doc = reader.read(f.file(), f.relativePath());
            java.util.Set<String> texts = new java.util.LinkedHashSet<>();
            for (var c : splitter.split(doc)) {
                chunks++;
                var sentences = org.campaignbot.knowledge.split.SentenceSplitter.split(c.text());
                allSentences += sentences.size();
                chars += c.indexedText().length() + sentences.stream().mapToInt(String::length).sum();
                texts.addAll(org.campaignbot.knowledge.index.ChunkEmbedder.texts(c));
            }
            needed += texts.size();
            neededChars += texts.stream().mapToInt(String::length).sum();
        }
        System.out.printf("BENCH texts to embed: %d chunks; before %d texts (%d chars), now %d texts (%d chars)%n",
                chunks, chunks + allSentences, chars, needed, neededChars);
    }
}
