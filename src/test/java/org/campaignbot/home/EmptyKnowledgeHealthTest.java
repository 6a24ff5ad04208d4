package org.campaignbot.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.campaignbot.BotTest;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service started on an empty knowledge folder says so in health instead of a plain UP; the version is shown. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.knowledge.dir=target/empty-knowledge/${random.uuid}"})
class EmptyKnowledgeHealthTest {
    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) {
        return TestHttp.to(port).get(path);
    }

    @Test
    void healthWarnsAboutAnEmptyKnowledgeBase() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var health = get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode body = JsonMapper.builder().build().readTree(health.body());
            assertThat(body.path("status").asString()).isEqualTo("WARN");
            JsonNode documents = body.path("components").path("knowledgeDocuments");
            assertThat(documents.path("status").asString()).isEqualTo("WARN");
            assertThat(documents.path("details").path("warning").asString()).contains("知识库中没有任何文档", "bot.knowledge.dir");
        });
    }

    @Test
    void infoShowsTheVersion() throws Exception {
        var info = get("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"", "\"version\":\"0.1.0\"", "\"artifact\":\"campaign-bot\"");
    }
}
