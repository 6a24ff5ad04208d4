package org.campaignbot.quiz.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizBotTest;
import org.campaignbot.quiz.QuizFixtures;
import org.campaignbot.quiz.Status;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The office's admin API over real HTTP with Basic auth: review, edit, generate, CSV round trip, contests. */
@QuizBotTest
class QuizAdminApiTest {
    private static final String AUTH = TestHttp.basic("admin", "quiz-secret");

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    QuestionRepository repo;
    @Autowired
    JdbcClient jdbc;

    HttpResponse<byte[]> call(String method, String path, String auth, String contentType, byte[] body) throws Exception {
        return TestHttp.to(port).sendForBytes(method, path, contentType, body,
                auth == null ? new String[0] : new String[] {"Authorization", auth});
    }

    JsonNode ok(String method, String path, String jsonBody) throws Exception {
        var r = call(method, path, AUTH, "application/json", jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return json.readTree(r.body());
    }

    JsonNode error(HttpResponse<byte[]> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return json.readTree(r.body());
    }

    @Test
    void everyEndpointNeedsTheAdministrator() throws Exception {
        var none = call("GET", "/api/admin/quiz/questions", null, null, null);
        assertThat(error(none, 401).get("error").asString()).contains("admin");
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        String wrong = TestHttp.basic("admin", "guess");
        error(call("POST", "/api/admin/quiz/generate", wrong, null, null), 401);
        error(call("GET", "/api/admin/quiz/export", "Basic !!!", null, null), 401);
        assertThat(repo.count(null)).isGreaterThan(0);

        // refused before the controller: a wrong password imports nothing, the right one the same file
        String stem = "学习是提高能力素质的根本途径（认证测试）";
        byte[] csv = ("题型,题干,答案,原文,出处\r\n判断," + stem + ",对,学习是提高能力素质的根本途径。,《讲话》\r\n")
                .getBytes(StandardCharsets.UTF_8);
        error(call("POST", "/api/admin/quiz/import", wrong, "text/csv", csv), 401);
        assertThat(repo.findByStem(stem)).isEmpty();
        assertThat(call("POST", "/api/admin/quiz/import", AUTH, "text/csv", csv).statusCode()).isEqualTo(200);
        assertThat(repo.findByStem(stem)).isPresent();
    }

    @Test
    void theOfficeListsDraftsApprovesRejectsAndEdits() throws Exception {
        JsonNode drafts = ok("GET", "/api/admin/quiz/questions?status=draft&size=3", null);
        assertThat(drafts.get("total").asLong()).isGreaterThan(3);
        JsonNode first = drafts.get("questions").get(0);
        assertThat(first.get("status").asString()).isEqualTo("DRAFT");
        assertThat(first.get("citation").asString()).startsWith("《");
        long id = first.get("id").asLong();
        long other = drafts.get("questions").get(1).get("id").asLong();

        assertThat(ok("POST", "/api/admin/quiz/questions/" + id + "/approve", null).get("statusLabel").asString()).isEqualTo("已通过");
        assertThat(ok("POST", "/api/admin/quiz/questions/" + other + "/reject", null).get("status").asString()).isEqualTo("REJECTED");
        assertThat(repo.find(id).orElseThrow().status()).isEqualTo(Status.APPROVED);

        JsonNode edited = ok("PUT", "/api/admin/quiz/questions/" + id, "{\"explanation\":\"行动办补充的解析\",\"difficulty\":3}");
        assertThat(edited.get("explanation").asString()).isEqualTo("行动办补充的解析");
        assertThat(edited.get("difficulty").asInt()).isEqualTo(3);
        assertThat(edited.get("stem").asString()).isEqualTo(first.get("stem").asString());

        var bad = call("PUT", "/api/admin/quiz/questions/" + id, AUTH, "application/json",
                "{\"kind\":\"单选\",\"options\":[\"甲\",\"乙\"],\"answer\":\"D\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(error(bad, 400).get("error").asString()).contains("答案应为选项字母");
        assertThat(error(call("GET", "/api/admin/quiz/questions/999999", AUTH, null, null), 404).get("error").asString())
                .contains("999999");
        error(call("GET", "/api/admin/quiz/questions?status=maybe", AUTH, null, null), 400);
        error(call("PUT", "/api/admin/quiz/questions/" + id, AUTH, "application/json", "{不是 JSON".getBytes(StandardCharsets.UTF_8)), 400);

        JsonNode bulk = ok("POST", "/api/admin/quiz/questions/approve", "{\"ids\":[" + other + "]}");
        assertThat(bulk.get("approved").asInt()).isEqualTo(1);
    }

    @Test
    void generatingAgainAddsOnlyWhatIsNew() throws Exception {
        long before = repo.count(null);
        JsonNode g = ok("POST", "/api/admin/quiz/generate", null);
        assertThat(g.get("created").asInt()).isZero();
        assertThat(g.get("alreadyInBank").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(repo.count(null)).isEqualTo(before);
    }

    @Test
    void csvRoundTripWithABadRowReportedByLine() throws Exception {
        var export = call("GET", "/api/admin/quiz/export", AUTH, null, null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("quiz-bank.csv");
        byte[] bytes = export.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CsvCodec.Row> rows = CsvCodec.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(rows.get(0).cells()).startsWith("编号", "题型", "题干");
        assertThat(rows).hasSize((int) repo.count(null) + 1);

        // the office corrects one explanation, adds a good question and a bad one (answer E of four options)
        List<List<String>> edited = new ArrayList<>();
        rows.forEach(r -> edited.add(new ArrayList<>(r.cells())));
        List<String> firstRow = edited.get(1);
        long firstId = Long.parseLong(firstRow.get(0));
        firstRow.set(10, "改过的解析，含逗号,和\"引号\"");
        edited.add(List.of("", "填空", "效能是衡量____水平的重要指标。", "", "", "", "", "", "", "工作", "行动办手工出题",
                "效能是衡量工作水平的重要指标。", "《在全市“三抓三促”行动动员部署会议上的讲话》二、聚焦重点任务… > 第三,抓效能促发展", "1", "待审核"));
        int badLine = rows.size() + 2; // header is line 1, the good new row takes rows.size() + 1
        edited.add(List.of("", "单选", "一道答案写错了的题（　）", "甲", "乙", "丙", "丁", "", "", "E", "",
                "原文句子", "《讲话》", "2", ""));
        var rejected = call("POST", "/api/admin/quiz/import", AUTH, "text/csv", CsvCodec.write(edited));
        JsonNode report = error(rejected, 400);
        assertThat(report.get("error").asString()).contains("整个文件未导入");
        assertThat(report.get("rows")).hasSize(1);
        assertThat(report.get("rows").get(0).get("line").asInt()).isEqualTo(badLine);
        assertThat(report.get("rows").get(0).get("problems").get(0).asString()).contains("答案应为选项字母");
        assertThat(repo.find(firstId).orElseThrow().explanation()).doesNotContain("改过的解析"); // nothing saved

        edited.remove(edited.size() - 1);
        JsonNode imported = json.readTree(call("POST", "/api/admin/quiz/import", AUTH, "text/csv", CsvCodec.write(edited)).body());
        assertThat(imported.get("created").asInt()).isEqualTo(1);
        assertThat(imported.get("updated").asInt()).isEqualTo(rows.size() - 1);
        assertThat(repo.find(firstId).orElseThrow().explanation()).isEqualTo("改过的解析，含逗号,和\"引号\"");
        Question added = repo.findByStem("效能是衡量____水平的重要指标。").orElseThrow();
        assertThat(added.status()).isEqualTo(Status.DRAFT);
        assertThat(added.sourceSection()).isEqualTo("二、聚焦重点任务… > 第三,抓效能促发展");

        // exporting again gives back exactly what was imported
        List<CsvCodec.Row> again = CsvCodec.parse(new String(call("GET", "/api/admin/quiz/export", AUTH, null, null).body(), StandardCharsets.UTF_8));
        List<List<String>> expected = new ArrayList<>(edited);
        List<String> addedRow = new ArrayList<>(edited.get(edited.size() - 1));
        addedRow.set(0, String.valueOf(added.id()));
        expected.set(expected.size() - 1, addedRow);
        assertThat(again).extracting(CsvCodec.Row::cells).containsExactlyElementsOf(expected);
    }

    @Test
    void aFileSavedByExcelInGb18030ImportsToo() throws Exception {
        String csv = "题型,题干,答案,原文,出处\r\n判断,学习是提高能力素质的根本途径（GBK 导入）,对,学习是提高能力素质的根本途径。,《讲话》\r\n";
        var r = call("POST", "/api/admin/quiz/import", AUTH, "text/csv", csv.getBytes(Charset.forName("GB18030")));
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(repo.findByStem("学习是提高能力素质的根本途径（GBK 导入）")).isPresent();
        JsonNode missing = error(call("POST", "/api/admin/quiz/import", AUTH, "text/csv", "题干,答案\r\n".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(missing.get("rows").get(0).get("problems").get(0).asString()).contains("表头缺少列");
        error(call("POST", "/api/admin/quiz/import", AUTH, "text/csv", new byte[0]), 400);
    }

    @Test
    void theOfficePostsAContestToAGroupThroughTheOutbox() throws Exception {
        QuizFixtures.approveTwoThirds(repo);
        long qid = repo.approvedIds().get(3);
        JsonNode c = ok("POST", "/api/admin/quiz/contests", "{\"group\":\"行动办工作群\",\"questionId\":" + qid + ",\"minutes\":3}");
        assertThat(c.get("questionId").asLong()).isEqualTo(qid);
        String body = jdbc.sql("SELECT body FROM outbox WHERE target_id = 'office' AND dedupe_key LIKE 'quiz:admin:%' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class).single();
        assertThat(body).startsWith("【抢答】").contains(repo.find(qid).orElseThrow().stem(), "3 分钟内");
        error(call("POST", "/api/admin/quiz/contests", AUTH, "application/json", "{\"group\":\"没有这个群\"}".getBytes(StandardCharsets.UTF_8)), 400);
        error(call("POST", "/api/admin/quiz/contests", AUTH, "application/json", "{\"group\":\"学习群\"}".getBytes(StandardCharsets.UTF_8)), 400);
        long draft = repo.list(Status.DRAFT, 0, 1).get(0).id();
        assertThat(error(call("POST", "/api/admin/quiz/contests", AUTH, "application/json",
                ("{\"group\":\"行动办工作群\",\"questionId\":" + draft + "}").getBytes(StandardCharsets.UTF_8)), 400)
                .get("error").asString()).contains("尚未审核通过");
    }
}
