package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.campaignbot.BotTest;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LangChain4j path against a local fake OpenAI-compatible server: the request carries the numbered passages and
 * the question, the model's reply is used with the passages it cites, and a 500 or a timeout falls back to the
 * extractive answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {BotTest.DB, BotTest.INDEX,
        "bot.llm.provider=openai", "bot.llm.api-key=test-key", "bot.llm.model=test-model", "bot.llm.timeout=2s"})
class LlmAnswerTest {
    static final MockWebServer llm = new MockWebServer();
    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ConversationService conversation;

    @DynamicPropertySource
    static void llmUrl(DynamicPropertyRegistry registry) throws IOException {
        llm.start();
        registry.add("bot.llm.base-url", () -> llm.url("/v1").toString());
    }

    /** Requests other tests left behind (e.g. the one that timed out) must not be read as this test's. */
    @BeforeEach
    void drainRecordedRequests() throws InterruptedException {
        while (llm.takeRequest(100, TimeUnit.MILLISECONDS) != null) {
            // discard
        }
    }

    @AfterAll
    static void stop() throws IOException {
        llm.close();
    }

    static MockResponse.Builder completion(String content) {
        String body = json.writeValueAsString(java.util.Map.of("id", "c1", "object", "chat.completion", "created", 1,
                "model", "test-model", "choices", java.util.List.of(java.util.Map.of("index", 0, "finish_reason", "stop",
                        "message", java.util.Map.of("role", "assistant", "content", content))),
                "usage", java.util.Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** How the 问答日志 labels the conversation's last answer. */
    private String loggedMode(String conversationId) {
        return jdbc.sql("SELECT answer_mode FROM qa_log WHERE conversation_id = ? ORDER BY id DESC")
                .param(conversationId).query(String.class).list().get(0);
    }

    private Reply ask(String conversationId, String text) {
        return conversation.handle(new IncomingMessage("web", conversationId, "u1", "张三", text, false, false));
    }

    private JsonNode lastRequest() throws InterruptedException {
        RecordedRequest request = llm.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer test-key");
        return json.readTree(request.getBody().utf8());
    }

    @Test
    void theModelGetsNumberedPassagesAndItsCitedAnswerIsUsed() throws Exception {
        llm.enqueue(completion("讲话指出：“学习是提高能力素质的根本途径。”[1]").build());
        Reply reply = ask("llm-1", "学习在提高能力素质中是什么地位");

        JsonNode request = lastRequest();
        assertThat(request.get("model").asString()).isEqualTo("test-model");
        JsonNode messages = request.get("messages");
        assertThat(messages.get(0).get("role").asString()).isEqualTo("system");
        assertThat(messages.get(0).get("content").asString()).contains("只根据", "【无相关内容】");
        String user = messages.get(messages.size() - 1).get("content").asString();
        assertThat(user).contains("参考资料", "[1] 《", "学习是提高能力素质的根本途径", "问题：学习在提高能力素质中是什么地位");

        assertThat(reply.text()).isEqualTo("讲话指出：“学习是提高能力素质的根本途径。”[1]");
        assertThat(reply.citations()).hasSize(1);
        // the citation is the reference the model was given as [1]
        String first = user.substring(user.indexOf("[1] "), user.indexOf("\n\n", user.indexOf("[1] ")));
        assertThat(first).contains(reply.citations().get(0).label(), reply.citations().get(0).text());
        assertThat(loggedMode("llm-1")).isEqualTo("LLM");
    }

    @Test
    void followUpQuestionsCarryTheConversationsLastTurns() throws Exception {
        llm.enqueue(completion("执行是检验工作成效的重要标准。[1]").build());
        ask("llm-2", "执行的重要性怎么讲的");
        lastRequest();
        llm.enqueue(completion("要建立健全容错纠错机制。[1]").build());
        ask("llm-2", "那对敢于担当的干部有什么保护措施");
        JsonNode messages = lastRequest().get("messages");
        assertThat(messages.toString()).contains("执行的重要性怎么讲的", "执行是检验工作成效的重要标准。[1]");
    }

    @Test
    void aServerErrorFallsBackToTheExtractiveAnswer() {
        llm.enqueue(new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"boom\"}}").build());
        Reply reply = ask("llm-3", "督查有哪些方式");
        assertThat(reply.text()).contains("定期督查、随机抽查、明察暗访", "出处");
        assertThat(reply.citations()).isNotEmpty();
        assertThat(loggedMode("llm-3")).as("a quotation given because the model failed").isEqualTo("EXTRACTIVE");
    }

    @Test
    void aTimeoutFallsBackToTheExtractiveAnswer() {
        // the model answers after 4 s, bot.llm.timeout is 2 s: an answer without the model's words and logged as a
        // quotation can only come from the timeout (no wall-clock assertion, which a loaded machine would break)
        llm.enqueue(completion("太迟了").headersDelay(4, TimeUnit.SECONDS).build());
        Reply reply = ask("llm-4", "进度滞后的任务怎么处理");
        assertThat(reply.text()).doesNotContain("太迟了").contains("黄灯提醒、红灯督办");
        assertThat(loggedMode("llm-4")).isEqualTo("EXTRACTIVE");
    }

    @Test
    void theModelsDeclineMarkerBecomesThePlainDecline() {
        llm.enqueue(completion("【无相关内容】").build());
        Reply reply = ask("llm-5", "行动办设在哪里");
        assertThat(reply.text()).startsWith("知识库中没有找到");
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void offTopicQuestionsNeverReachTheModel() {
        int before = llm.getRequestCount();
        Reply reply = ask("llm-6", "红烧肉怎么做");
        assertThat(reply.text()).startsWith("知识库中没有找到");
        assertThat(llm.getRequestCount()).isEqualTo(before);
    }

    @Test
    void aDutyQuestionGivesTheModelTheTaskRowsAsStructuredContext() throws Exception {
        llm.enqueue(completion("由市纪委监委牵头，2027年3月31日前完成。[1]").build());
        Reply reply = ask("llm-7", "容错纠错实施办法由哪个单位牵头？什么时候完成？");
        String user = lastUserMessage();
        assertThat(user).contains("任务清单", "牵头单位：市纪委监委", "完成时限：2027年3月31日前");
        assertThat(reply.text()).contains("市纪委监委");
        assertThat(reply.citations()).extracting(c -> c.section()).anyMatch(s -> s.contains("重点任务清单"));
    }

    @Test
    void aFollowUpReachesTheModelAsAQuestionThatStandsAlone() throws Exception {
        llm.enqueue(completion("讲话要求……[1]").build());
        ask("llm-8", "抓学习促提升有哪些具体要求");
        lastRequest();
        llm.enqueue(completion("要深化“放管服”改革……[1]").build());
        Reply reply = ask("llm-8", "那抓效能促发展呢？");
        JsonNode messages = lastRequest().get("messages");
        String user = messages.get(messages.size() - 1).get("content").asString();
        // retrieval ran on the rewritten question; the model sees the question as asked, after the earlier turn
        assertThat(user).contains("抓效能促发展", "深化“放管服”改革", "问题：那抓效能促发展呢？").doesNotContain("抓学习促提升");
        assertThat(messages.toString()).contains("抓学习促提升有哪些具体要求");
        assertThat(reply.citations()).isNotEmpty();
    }

    @Test
    void aFollowUpWithoutItsOwnTopicIsAnsweredFromTheEarlierTasksRow() throws Exception {
        llm.enqueue(completion("由市纪委监委牵头。[1]").build());
        ask("llm-9", "容错纠错实施办法由哪个单位牵头");
        lastRequest();
        llm.enqueue(completion("2027年3月31日前完成。[1]").build());
        ask("llm-9", "什么时候完成");
        assertThat(lastUserMessage()).contains("完成时限：2027年3月31日前");
    }

    private String lastUserMessage() throws InterruptedException {
        JsonNode messages = lastRequest().get("messages");
        return messages.get(messages.size() - 1).get("content").asString();
    }
}
