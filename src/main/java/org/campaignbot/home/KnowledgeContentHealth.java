package org.campaignbot.home;

import org.campaignbot.knowledge.KnowledgeView;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A service whose knowledge folder is empty answers "没有找到" to everything while reporting {@code UP}: most often
 * it was started in the wrong folder. Health says {@link #WARN} then (answered with HTTP 200, since the service
 * itself works; the order of statuses is set in the classpath application.yml).
 */
@Component("knowledgeDocuments")
public class KnowledgeContentHealth implements HealthIndicator {
    public static final Status WARN = new Status("WARN", "知识库中没有任何文档");
    private final KnowledgeView knowledge;
    private final Environment environment;

    public KnowledgeContentHealth(KnowledgeView knowledge, Environment environment) {
        this.knowledge = knowledge;
        this.environment = environment;
    }

    @Override
    public Health health() {
        KnowledgeView.Status s = knowledge.status();
        if (!s.ready() || s.documents() > 0) {
            return Health.up().withDetail("documents", s.documents()).build(); // not ready yet: "knowledge" says DOWN
        }
        return Health.status(WARN).withDetail("documents", 0)
                .withDetail("warning", "知识库中没有任何文档，所有提问都会回答“没有找到”：请把讲话、方案等文档放进知识库目录（设置 "
                        + "bot.knowledge.dir，默认是主目录下的 knowledge），或检查服务是否在正确的主目录中启动")
                .build();
    }
}
