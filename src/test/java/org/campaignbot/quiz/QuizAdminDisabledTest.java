package org.campaignbot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignbot.BotTest;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without {@code bot.admin.password} the question bank API is off: 403 with a message naming the setting, and nothing
 * reaches the bank. Uses the plain {@link BotTest} context (no password), so it costs no extra start-up.
 */
@BotTest
class QuizAdminDisabledTest {

    @LocalServerPort
    int port;
    @Autowired
    QuestionRepository repo;

    @Test
    void everyQuizAdminPathIs403WhileNoPasswordIsSet() throws Exception {
        String anyCredentials = TestHttp.basic("admin", "quiz-secret");
        for (String path : new String[] {"/api/admin/quiz/questions", "/api/admin/quiz/export"}) {
            var response = TestHttp.to(port).call("GET", path, anyCredentials);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(response.body()).contains("管理接口未启用", "bot.admin.password");
        }

        String stem = "管理接口关闭时不应导入的题目（403 测试）";
        String csv = "题型,题干,答案,原文,出处\r\n判断," + stem + ",对,学习是提高能力素质的根本途径。,《讲话》\r\n";
        var imported = TestHttp.to(port).post("/api/admin/quiz/import", "text/csv", csv, "Authorization", anyCredentials);
        assertThat(imported.statusCode()).isEqualTo(403);
        assertThat(repo.findByStem(stem)).isEmpty();
    }
}
