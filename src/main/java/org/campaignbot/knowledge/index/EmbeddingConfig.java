package org.campaignbot.knowledge.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * bge-small-zh v1.5 (quantised, 512 dimensions), shipped inside a Maven jar and run in-process with ONNX Runtime;
 * wrapped in {@link EmbeddingRuntime}, so that a runtime that cannot load leaves the service on lexical retrieval.
 */
@Configuration
public class EmbeddingConfig {

    @Bean
    public EmbeddingRuntime embeddingRuntime(EmbeddingProperties props) {
        return EmbeddingRuntime.load(props.enabled(), () -> SharedModel.INSTANCE);
    }

    /**
     * Starts loading the model on another thread as soon as the settings are read, so that it overlaps with Spring's
     * own start-up (about a second saved on two cores); not at all when {@code bot.embedding.enabled} is false.
     * Whoever needs the model first waits for the class initialisation to finish, and sees its failure, if any.
     */
    public static ApplicationListener<ApplicationEnvironmentPreparedEvent> preloadInBackground() {
        return new Preload();
    }

    private static final class Preload implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            // bound, not read with a fallback: EmbeddingProperties holds the one default
            if (!Binder.get(event.getEnvironment()).bindOrCreate("bot.embedding", EmbeddingProperties.class).enabled()) {
                return;
            }
            Thread loader = new Thread(() -> {
                try {
                    SharedModel.INSTANCE.dimension();
                } catch (LinkageError | RuntimeException e) {
                    // reported once, in Chinese, by embeddingRuntime(), which sees the same failure
                }
            }, "embedding-model-preload");
            loader.setDaemon(true);
            loader.start();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after the home folder's configuration is in the environment
        }
    }

    /**
     * One model per JVM: loading it costs about a second and 100 MB, and test suites start several Spring contexts.
     * The model is stateless and thread-safe.
     */
    private static final class SharedModel {
        static final EmbeddingModel INSTANCE = BgeModelLoader.load();
    }
}
