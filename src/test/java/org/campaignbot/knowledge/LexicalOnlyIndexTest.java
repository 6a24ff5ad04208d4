package org.campaignbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.index.EmbeddingRuntime;
import org.campaignbot.knowledge.index.EmbeddingRuntimeTest;
import org.campaignbot.knowledge.load.DocumentReader;
import org.junit.jupiter.api.Test;

/**
 * Files indexed while the embedding model could not load carry placeholder vectors: they are indexed again on the
 * first start with a working model, and a start without the model leaves vectors that are real alone.
 */
class LexicalOnlyIndexTest {
    private final Path root = Path.of("target/test-knowledge", UUID.randomUUID().toString());

    @Test
    void placeholderVectorsAreReplacedOnceTheModelWorksAndRealOnesAreKept() throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.copy(Path.of("knowledge/speech-sanzhua-sancu.md"), root.resolve("docs/speech.md"));
        var model = new EmbeddingRuntimeTest.FakeModel();
        var lexical = new Embedder(EmbeddingRuntime.load(true, EmbeddingRuntimeTest::unloadable));
        var working = new Embedder(EmbeddingRuntime.load(true, () -> model));
        int probe = model.calls();

        assertThat(start(lexical)).as("indexed without the model").endsWith("+lexical");
        assertThat(start(working)).as("the model works again: indexed with real vectors").doesNotEndWith("+lexical");
        int embedded = model.calls();
        assertThat(embedded).isGreaterThan(probe);
        assertThat(start(working)).doesNotEndWith("+lexical");
        assertThat(model.calls()).as("unchanged and real: not embedded again").isEqualTo(embedded);
        assertThat(start(lexical)).as("real vectors are kept through a start without the model")
                .doesNotEndWith("+lexical");
    }

    /** One start of the knowledge base on the same folders; the stored hash of the one document after it. */
    private String start(Embedder embedder) throws Exception {
        var props = new KnowledgeProperties(root.resolve("docs"), root.resolve("index"), false,
                Duration.ofSeconds(2), 8, 0.45, 0.58);
        var kb = new IndexedKnowledge(props, embedder);
        kb.open();
        new KnowledgeSync(kb, props, new DocumentReader(), embedder, event -> { }, Clock.systemUTC()).start();
        try {
            kb.catalog(); // waits for the start-up sync
            return kb.writableIndex().fileHashes().get("speech.md");
        } finally {
            kb.close();
        }
    }
}
