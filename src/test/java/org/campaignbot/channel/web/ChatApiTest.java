package org.campaignbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.campaignbot.BotTest;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public JSON API over real HTTP: shapes other features rely on, and bad input answered with a clear 400. */
@BotTest
class ChatApiTest {
    static final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;

    HttpResponse<String> post(String path, String body, String contentType) {
        return TestHttp.to(port).post(path, contentType, body);
    }

    HttpResponse<String> get(String path) {
        return TestHttp.to(port).get(path);
    }

    HttpResponse<String> chat(String text) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("conversationId", "c1", "userId", "u1", "userName", "张三", "text", text));
        return post("/api/chat", body, "application/json");
    }

    @Test
    void chatAnswersWithReplyAndCitations() throws Exception {
        var response = chat("三抓三促是哪三项行动?");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("reply").asString()).contains("抓学习促提升、抓执行促落实、抓效能促发展");
        JsonNode citation = body.get("citations").get(0);
        // the speech and the plan both spell the three actions out; the first citation is the one quoted first
        assertThat(citation.get("source").asString()).isIn("在全市“三抓三促”行动动员部署会议上的讲话", "xx市“三抓三促”行动实施方案（示例）");
        assertThat(citation.has("section")).isTrue();
        assertThat(citation.get("text").asString()).contains("抓学习促提升、抓执行促落实、抓效能促发展");
    }

    @Test
    void declinedQuestionsHaveNoCitations() throws Exception {
        JsonNode body = json.readTree(chat("世界杯冠军是哪个国家").body());
        assertThat(body.get("reply").asString()).contains("知识库中没有找到");
        assertThat(body.get("citations")).isEmpty();
    }

    @Test
    void searchReturnsScoredHits() throws Exception {
        var response = get("/api/search?q=" + URLEncoder.encode("执行是检验什么的标准", StandardCharsets.UTF_8) + "&k=3");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode hits = json.readTree(response.body()).get("hits");
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).get("section").asString()).isEqualTo("二、聚焦重点任务… > 第二,抓执行促落实");
        assertThat(hits.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(hits.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());
    }

    @Test
    void badInputGetsA400ThatSaysWhatIsWrong() throws Exception {
        assertError(chat(""), 400, "text 不能为空");
        assertError(chat("   "), 400, "text 不能为空");
        assertError(chat("问".repeat(2001)), 400, "过长");
        assertError(post("/api/chat", "{\"text\": ", "application/json"), 400, "JSON");
        assertError(post("/api/chat", "", "application/json"), 400, "请求体");
        assertError(post("/api/chat", "text=hi", "text/plain"), 415, "application/json");
        assertError(get("/api/search?q=" + URLEncoder.encode("学习", StandardCharsets.UTF_8) + "&k=0"), 400, "k 必须是 1 到 50");
        assertError(get("/api/search?q=x&k=51"), 400, "k 必须是 1 到 50");
        assertError(get("/api/search?q=x&k=abc"), 400, "k 必须是 1 到 50");
        assertError(get("/api/search"), 400, "q 不能为空");
        assertError(get("/api/nothing-here"), 404, "没有这个地址");
    }

    /** A 64 KB message: refused with a clear message whether it comes with a length or chunked, never read whole. */
    @Test
    void aSixtyFourKilobyteMessageIsRefusedPolitely() throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("text", "问".repeat(22_000))); // 66 KB
        assertError(post("/api/chat", body, "application/json"), 413, "64 KB");
        var http = TestHttp.to(port);
        var chunked = http.request("POST", "/api/chat", "application/json", null)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))).build();
        assertError(http.send(chunked, HttpResponse.BodyHandlers.ofString()), 400, "JSON");
        // just under the cap, the text itself is over 2,000 characters
        assertError(chat("问".repeat(20_000)), 400, "text 过长：最多 2000 个字");
        assertError(post("/api/chat", "{\"text\":\"hi\"}", "application/x-www-form-urlencoded"), 415, "application/json");
        assertError(post("/api/chat", "{\"text\":\"hi\"}", "application/json; charset=gbk"), 415, "UTF-8");
    }

    @Test
    void healthIsUpWithIndexDetailsAndThePageIsServed() throws Exception {
        JsonNode health = json.readTree(get("/actuator/health").body());
        assertThat(health.get("status").asString()).as(health.toString()).isEqualTo("UP");
        assertThat(health.at("/components/knowledge/details/documents").asInt()).isEqualTo(2);
        var page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/api/chat");
    }

    @Test
    void onlyLoopbackIsServedByDefault() {
        assertThat(org.campaignbot.common.LocalRequest.isLoopback("127.0.0.1")).isTrue();
        assertThat(org.campaignbot.common.LocalRequest.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(org.campaignbot.common.LocalRequest.isLoopback("192.168.1.20")).isFalse();
        assertThat(org.campaignbot.common.LocalRequest.isLoopback("10.0.0.8")).isFalse();
    }

    private void assertError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("error").asString()).contains(message);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }
}
