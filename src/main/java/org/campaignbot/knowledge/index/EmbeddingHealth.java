package org.campaignbot.knowledge.index;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * /actuator/health: {@code WARN} (still HTTP 200: the service answers) while retrieval runs without the embedding
 * model, with the reason and what it means for answers.
 */
@Component("semanticSearch")
public class EmbeddingHealth implements HealthIndicator {
    private static final Status WARN = new Status("WARN", "语义检索不可用");
    private final EmbeddingRuntime runtime;

    public EmbeddingHealth(EmbeddingRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Health health() {
        return runtime.problem().map(p -> Health.status(WARN).withDetail("warning", p).build())
                .orElseGet(() -> Health.up().withDetail("model", "bge-small-zh v1.5").build());
    }
}
