package org.campaignbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.campaignbot.BotTest;
import org.campaignbot.knowledge.index.EmbeddingRuntime;
import org.campaignbot.knowledge.index.EmbeddingRuntimeTest;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service whose embedding runtime cannot load (here: failing as ONNX Runtime does where the temp folder cannot be
 * written; {@code EmbeddingRuntimeIT} makes a real start fail that way) starts, answers from words and bigrams, and
 * says so in health. The model is replaced in the one place it is loaded, so the whole application is under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {BotTest.DB, BotTest.INDEX})
@Import(LexicalOnlyStartTest.UnloadableRuntime.class)
class LexicalOnlyStartTest {
    private static final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;

    @TestConfiguration(proxyBeanMethods = false)
    static class UnloadableRuntime {
        @Bean
        @Primary
        EmbeddingRuntime unloadableRuntime() {
            return EmbeddingRuntime.load(true, EmbeddingRuntimeTest::unloadable);
        }
    }

    @Test
    void questionsAreAnsweredFromWordsAndBigramsAndHealthSaysWhy() throws Exception {
        JsonNode answer = chat("三抓三促是哪三项行动?");
        assertThat(answer.get("reply").asString()).contains("抓学习促提升、抓执行促落实、抓效能促发展");
        assertThat(answer.get("citations")).isNotEmpty();
        assertThat(chat("简化审批流程由哪个单位牵头？").get("reply").asString()).contains("市政务服务管理局");
        assertThat(chat("世界杯冠军是哪个国家").get("reply").asString()).contains("知识库中没有找到");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var response = TestHttp.to(port).get("/actuator/health");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode health = json.readTree(response.body());
            assertThat(health.path("status").asString()).isEqualTo("WARN");
            JsonNode semantic = health.path("components").path("semanticSearch");
            assertThat(semantic.path("status").asString()).isEqualTo("WARN");
            assertThat(semantic.path("details").path("warning").asString())
                    .contains("语义向量模型", "无法加载", "分词和二元组检索");
            assertThat(health.path("components").path("knowledge").path("status").asString()).isEqualTo("UP");
        });
    }

    private JsonNode chat(String text) throws Exception {
        String body = json.writeValueAsString(Map.of("conversationId", "lexical", "userId", "u1", "text", text));
        var response = TestHttp.to(port).postJson("/api/chat", body);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
