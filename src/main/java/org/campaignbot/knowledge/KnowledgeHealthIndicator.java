package org.campaignbot.knowledge;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** /actuator/health: UP once the index is built; details list documents, passages and any skipped files. */
@Component("knowledge")
public class KnowledgeHealthIndicator implements HealthIndicator {
    private final KnowledgeView knowledge;

    public KnowledgeHealthIndicator(KnowledgeView knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        KnowledgeView.Status s = knowledge.status();
        Health.Builder health = s.ready() ? Health.up() : Health.down();
        health.withDetail("documents", s.documents()).withDetail("passages", s.chunks());
        if (s.lastSync() != null) {
            health.withDetail("lastSync", s.lastSync().toString());
        }
        if (!s.skipped().isEmpty()) {
            health.withDetail("skippedFiles", s.skipped());
        }
        return health.build();
    }
}
