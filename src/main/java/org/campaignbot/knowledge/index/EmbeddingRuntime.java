package org.campaignbot.knowledge.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model, if it could be loaded. ONNX Runtime is a native library, unpacked into the temp folder and
 * loaded from there: that fails where the temp folder is not writable or is mounted {@code noexec}, and on a CPU the
 * runtime does not support. Neither stops the service: without the model, retrieval uses words and bigrams only,
 * and the log and health say so ({@link EmbeddingHealth}).
 */
public final class EmbeddingRuntime {
    private static final Logger log = LoggerFactory.getLogger(EmbeddingRuntime.class);
    /** bge-small-zh v1.5's vector size: the index is opened with it even when the model is missing. */
    static final int DIMENSION = 512;

    private final EmbeddingModel model;
    private final String problem;

    private EmbeddingRuntime(EmbeddingModel model, String problem) {
        this.model = model;
        this.problem = problem;
    }

    /**
     * Loads the model, or records why it could not be loaded.
     *
     * @param enabled {@code bot.embedding.enabled}: false leaves the runtime alone (for a CPU where it crashes)
     */
    public static EmbeddingRuntime load(boolean enabled, Supplier<EmbeddingModel> loader) {
        if (!enabled) {
            return unavailable("已在设置中关闭（bot.embedding.enabled: false）");
        }
        try {
            EmbeddingModel model = loader.get();
            model.embed("三抓三促"); // the runtime's kernels run once here, not first in the middle of a question
            return new EmbeddingRuntime(model, null);
        } catch (LinkageError | RuntimeException e) {
            // a native library that cannot be unpacked or loaded surfaces as ExceptionInInitializerError,
            // UnsatisfiedLinkError or NoClassDefFoundError (a second attempt), or a RuntimeException from the runtime
            return unavailable("语义向量模型（bge-small-zh，ONNX Runtime）无法加载：" + rootCause(e)
                    + "。常见原因：临时目录不可写或禁止执行程序（可用 JAVA_OPTS=-Djava.io.tmpdir=可写目录 指定），"
                    + "或 CPU 不受支持");
        }
    }

    private static EmbeddingRuntime unavailable(String why) {
        String problem = why + "。现在只用分词和二元组检索：问题用词与文件相同时照常作答，换了说法的问题可能找不到答案";
        log.warn(problem);
        return new EmbeddingRuntime(null, problem);
    }

    public boolean available() {
        return model != null;
    }

    /** The model; only when {@link #available()}. */
    EmbeddingModel model() {
        if (model == null) {
            throw new IllegalStateException(problem);
        }
        return model;
    }

    /** Why the model is missing, in Chinese for the log and health; empty while it works. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : "：" + root.getMessage());
    }
}
