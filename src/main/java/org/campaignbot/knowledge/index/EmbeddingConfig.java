package org.campaignbot.knowledge.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** bge-small-zh v1.5 (quantised, 512 dimensions), shipped inside a Maven jar and run in-process with ONNX Runtime. */
@Configuration
public class EmbeddingConfig {

    @Bean
    public EmbeddingModel embeddingModel() {
        return SharedModel.INSTANCE;
    }

    /**
     * Starts loading the model on another thread, so that it overlaps with Spring's own start-up (about a second
     * saved on two cores). Whoever needs the model first waits for the class initialisation to finish.
     */
    public static void preloadInBackground() {
        Thread loader = new Thread(() -> SharedModel.INSTANCE.dimension(), "embedding-model-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * One model per JVM: loading it costs about a second and 100 MB, and test suites start several Spring contexts.
     * The model is stateless and thread-safe.
     */
    private static final class SharedModel {
        static final EmbeddingModel INSTANCE = BgeModelLoader.load();
    }
}
