package org.campaignbot.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.campaignbot.BotTest;
import org.campaignbot.testing.KnowledgeSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A service started on an empty knowledge folder says so in health instead of a plain UP: the real knowledge base
 * on an empty folder ({@link KnowledgeSlice}) and the {@code knowledgeDocuments} indicator, without the rest of the
 * application. That a WARN component makes the whole health WARN, answered with HTTP 200, is the shipped
 * {@code management.endpoint.health.status.order} (checked here) and is seen over HTTP in
 * {@code LexicalOnlyStartTest}; the version in {@code /actuator/info} is checked in {@code ApplicationStartsTest}.
 */
@SpringBootTest(classes = {KnowledgeSlice.class, KnowledgeContentHealth.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        BotTest.INDEX, "bot.knowledge.dir=target/empty-knowledge/${random.uuid}", "bot.knowledge.watch=false"})
class EmptyKnowledgeHealthTest {
    @Autowired
    @Qualifier("knowledgeDocuments") // the bean's name is the component's name in /actuator/health
    HealthIndicator documents;
    @Value("${management.endpoint.health.status.order}")
    String order;

    @Test
    void healthWarnsAboutAnEmptyKnowledgeBase() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Health health = documents.health();
            assertThat(health.getStatus()).isEqualTo(KnowledgeContentHealth.WARN);
            assertThat(health.getStatus().getCode()).isEqualTo("WARN");
            assertThat((String) health.getDetails().get("warning")).contains("知识库中没有任何文档", "bot.knowledge.dir");
        });
    }

    @Test
    void aWarningRanksBetweenAFailureAndUp() {
        assertThat(order.replace(" ", "")).isEqualTo("down,out-of-service,warn,up,unknown");
    }
}
