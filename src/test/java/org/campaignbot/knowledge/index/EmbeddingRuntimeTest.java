package org.campaignbot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model that cannot load leaves a runtime that says why, in Chinese, and an embedder that gives no vectors. */
public class EmbeddingRuntimeTest {

    /** How ONNX Runtime fails where the temp folder is missing or not writable, as seen in a real start. */
    public static EmbeddingModel unloadable() {
        throw new ExceptionInInitializerError(new RuntimeException("Failed to load onnx-runtime library",
                new NoSuchFileException("/nonexistent/tmp/onnxruntime-java123")));
    }

    @Test
    void aRuntimeThatCannotLoadIsReportedWithItsCauseAndWhatToDo() {
        var runtime = EmbeddingRuntime.load(true, EmbeddingRuntimeTest::unloadable);
        assertThat(runtime.available()).isFalse();
        assertThat(runtime.problem()).get().asString().contains("语义向量模型", "无法加载",
                "NoSuchFileException：/nonexistent/tmp/onnxruntime-java123", "java.io.tmpdir", "分词和二元组检索");

        var embedder = new Embedder(runtime);
        assertThat(embedder.available()).isFalse();
        assertThat(embedder.query("三抓三促是什么")).isNull();
        assertThat(embedder.dimension()).isEqualTo(512);
        List<float[]> placeholders = embedder.passages(List.of("甲", "乙"));
        assertThat(placeholders).hasSize(2).allSatisfy(v -> assertThat(Embedder.dot(v, v)).isEqualTo(1f));
    }

    @Test
    void aSecondAttemptAfterAFailedClassInitialisationIsCaughtToo() {
        var runtime = EmbeddingRuntime.load(true, () -> {
            throw new NoClassDefFoundError("Could not initialize class ai.onnxruntime.OnnxRuntime");
        });
        assertThat(runtime.problem()).get().asString().contains("NoClassDefFoundError");
    }

    @Test
    void switchedOffInTheSettingsTheModelIsNeverLoaded() {
        var runtime = EmbeddingRuntime.load(false, () -> {
            throw new AssertionError("must not be loaded");
        });
        assertThat(runtime.problem()).get().asString().contains("bot.embedding.enabled: false");
        assertThat(new EmbeddingHealth(runtime).health().getStatus().getCode()).isEqualTo("WARN");
    }

    @Test
    void aWorkingModelIsUsed() {
        var runtime = EmbeddingRuntime.load(true, FakeModel::new);
        assertThat(runtime.available()).isTrue();
        assertThat(runtime.problem()).isEmpty();
        assertThat(new Embedder(runtime).query("三抓三促")).hasSize(512);
        assertThat(new EmbeddingHealth(runtime).health().getStatus().getCode()).isEqualTo("UP");
    }

    /** Deterministic vectors from the text's characters: enough to tell the index was built with real vectors. */
    public static final class FakeModel implements EmbeddingModel {
        private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        public int calls() {
            return calls.get();
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.incrementAndGet();
            return Response.from(segments.stream().map(s -> {
                float[] v = new float[512];
                s.text().chars().forEach(c -> v[c % 512] += 1);
                v[511] += 0.5f;
                return Embedding.from(v);
            }).toList());
        }

        @Override
        public int dimension() {
            return 512;
        }
    }
}
