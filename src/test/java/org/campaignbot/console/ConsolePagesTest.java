package org.campaignbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.Status;
import org.campaignbot.supervision.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every console page over HTTP, and what each one changes, without a browser (ConsoleBrowserTest drives one). */
class ConsolePagesTest extends ConsoleTestBase {
    @Autowired
    QuestionRepository questions;
    @Autowired
    Outbox outbox;

    @Test
    void everyPageOpens() throws Exception {
        var console = admin();
        long draft = questions.list(Status.DRAFT, 0, 1).get(0).id();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("/admin", "督办台账");
        pages.put("/admin/ledger", "督办台账");
        pages.put("/admin/ledger?status=RED", "逾期");
        pages.put("/admin/ledger?unit=%E5%B8%82%E5%A7%94%E5%8A%9E%E5%85%AC%E5%AE%A4&month=2026-12", "市委办公室");
        pages.put("/admin/ledger/1", "进展记录");
        pages.put("/admin/ledger/bulletin", "督办通报");
        pages.put("/admin/quiz", "题库审核");
        pages.put("/admin/quiz?status=approved", "题库审核");
        pages.put("/admin/quiz/" + draft, "第 " + draft + " 号题");
        pages.put("/admin/quiz/leaderboard", "积分排行榜");
        pages.put("/admin/knowledge", "已建立索引的文档");
        pages.put("/admin/outbox", "推送记录");
        pages.put("/admin/outbox?status=failed", "推送记录");
        pages.put("/admin/qa", "问答日志");
        pages.put("/admin/unanswered", "未找到答案");
        pages.put("/admin/actions", "操作记录");
        for (var page : pages.entrySet()) {
            var response = console.get(page.getKey());
            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
            assertThat(response.body()).as(page.getKey()).contains(page.getValue(), "退出").doesNotContain("服务器内部错误");
        }
        var missing = console.get("/admin/ledger/99999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("督办台账中没有任务99999");
        assertThat(console.get("/admin/quiz/99999").statusCode()).isEqualTo(404);
        assertThat(console.get("/admin/ledger/abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theLedgerFiltersByUnitStatusAndDeadlineMonth() throws Exception {
        var console = admin();
        String red = console.get("/admin/ledger?status=RED").body();
        assertThat(red).contains("data-task=\"1\"", "data-task=\"2\"").doesNotContain("data-status=\"GREEN\"");
        String december = console.get("/admin/ledger?month=2026-12").body();
        assertThat(december).contains("data-task=\"1\"", "data-task=\"2\"").doesNotContain("data-task=\"6\"");
        String unit = console.get("/admin/ledger?unit=%E5%B8%82%E6%94%BF%E5%8A%A1%E6%9C%8D%E5%8A%A1%E7%AE%A1%E7%90%86%E5%B1%80").body();
        assertThat(unit).contains("data-task=\"10\"", "data-task=\"11\"").doesNotContain("data-task=\"1\"");
    }

    @Test
    void aCloseRequestIsConfirmedRejectedWithAReasonForTheRequesterAndReopened() throws Exception {
        var console = admin();
        assertThat(ledger.state(1).orElseThrow().status()).isEqualTo(TaskStatus.RED);
        ledger.requestClose(1, "李明", "wecom", "LiMing");
        assertThat(console.get("/admin/ledger/1").body()).contains("李明", "确认办结", "驳回办结申请");
        var confirmed = console.follow(console.post("/admin/ledger/1/close", Map.of()));
        assertThat(confirmed.body()).contains("已确认任务1办结", "light-DONE", "重新打开");
        assertThat(ledger.state(1).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        assertThat(ledger.state(1).orElseThrow().task().closedBy()).isEqualTo("admin");

        ledger.requestClose(2, "李明", "wecom", "LiMing");
        console.get("/admin/ledger/2");
        var empty = console.follow(console.post("/admin/ledger/2/reject", Map.of("reason", " ")));
        assertThat(empty.body()).contains("请写明驳回理由");
        var rejected = console.follow(console.post("/admin/ledger/2/reject", Map.of("reason", "请补充会议纪要后再申请")));
        assertThat(rejected.body()).contains("已驳回 李明 的办结申请", "上次驳回", "请补充会议纪要后再申请");
        assertThat(jdbc.sql("SELECT body FROM outbox WHERE dedupe_key LIKE 'close-rejected:task-2:%' AND target_id = 'LiMing'")
                .query(String.class).list()).singleElement().asString().contains("请补充会议纪要后再申请");
        assertThat(ledger.state(2).orElseThrow().task().closeRequested()).isFalse();

        var reopened = console.follow(console.post("/admin/ledger/1/reopen", Map.of()));
        assertThat(reopened.body()).contains("已重新打开", "light-RED");
        assertThat(console.get("/admin/actions?text=%E4%BB%BB%E5%8A%A11").body()).contains("确认办结", "重新打开", "admin");
    }

    @Test
    void theBulletinIsPreviewedAndPushedToTheBulletinGroupsOncePerDay() throws Exception {
        var console = admin();
        var preview = console.get("/admin/ledger/bulletin");
        assertThat(preview.body()).contains("督办通报", "行动办工作群", "立即推送", "逾期任务");
        var pushed = console.follow(console.post("/admin/ledger/bulletin/send", Map.of()));
        assertThat(pushed.body()).containsAnyOf("督办通报已放入发件箱", "今天已经推送过");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'bulletin:2027-01-05:%'").query(Long.class).single())
                .isPositive();
        assertThat(console.follow(console.post("/admin/ledger/bulletin/send", Map.of())).body()).contains("没有新排队的消息");
    }

    @Test
    void draftsAreApprovedOneOrManyEditedExportedAndImported() throws Exception {
        var console = admin();
        var drafts = questions.list(Status.DRAFT, 0, 3);
        console.get("/admin/quiz");
        var one = console.follow(console.postPairs("/admin/quiz/review", "one", "approve:" + drafts.get(0).id()));
        assertThat(one.body()).contains("审核通过 1 道题");
        assertThat(questions.find(drafts.get(0).id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
        console.follow(console.postPairs("/admin/quiz/review", "ids", "" + drafts.get(1).id(), "ids", "" + drafts.get(2).id(),
                "action", "reject"));
        assertThat(questions.find(drafts.get(1).id()).orElseThrow().status()).isEqualTo(Status.REJECTED);
        assertThat(questions.find(drafts.get(2).id()).orElseThrow().status()).isEqualTo(Status.REJECTED);

        var q = drafts.get(0);
        var form = console.get("/admin/quiz/" + q.id());
        assertThat(form.body()).contains(q.sourceSentence());
        var saved = console.follow(console.post("/admin/quiz/" + q.id(), Map.of("kind", q.kind().name(), "stem", q.stem(),
                "options", String.join("\n", q.options()), "answer", q.answer(), "explanation", "见原文第一句",
                "sourceSentence", q.sourceSentence(), "sourceTitle", q.sourceTitle(), "sourceSection", q.sourceSection(),
                "difficulty", "3", "status", "APPROVED")));
        assertThat(saved.body()).contains("号题已保存");
        assertThat(questions.find(q.id()).orElseThrow().explanation()).isEqualTo("见原文第一句");
        assertThat(questions.find(q.id()).orElseThrow().difficulty()).isEqualTo(3);

        var export = console.get("/admin/quiz/export?status=approved");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("quiz-bank-approved.csv");
        assertThat(export.body()).contains("见原文第一句");

        console.get("/admin/quiz");
        var bad = console.follow(console.upload("/admin/quiz/import", "bank.csv",
                ("编号,题型,题干,选项A,选项B,选项C,选项D,答案,解析,原文,出处,难度,状态\r\n,单选,没有答案的题,甲,乙,,,Z,,原文,《讲话》,2,待审核\r\n")
                        .getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(bad.body()).contains("行不符合要求", "第 2 行");
        assertThat(console.get("/admin/quiz/leaderboard").statusCode()).isEqualTo(200);
    }

    @Test
    void aDocxIsUploadedIndexedAndFoundByTheTestSearch() throws Exception {
        var console = admin();
        console.get("/admin/knowledge");
        byte[] docx = TestDocx.of("关于开展城乡环境整治百日攻坚的通知", "城乡环境整治百日攻坚行动由市住建局牵头，2027年3月底前完成背街小巷改造。");
        var uploaded = console.follow(console.upload("/admin/knowledge/upload", "环境整治通知.docx", docx, Map.of()));
        assertThat(uploaded.body()).contains("已上传“环境整治通知.docx”", "环境整治通知.docx", "关于开展城乡环境整治百日攻坚的通知");
        assertThat(Files.exists(knowledgePath().resolve("环境整治通知.docx"))).isTrue();

        var search = console.get("/admin/knowledge?q=" + java.net.URLEncoder.encode("背街小巷改造什么时候完成", StandardCharsets.UTF_8));
        assertThat(search.body()).contains("机器人会这样回答", "2027年3月底前完成背街小巷改造", "得分", "《关于开展城乡环境整治百日攻坚的通知》");

        var again = console.follow(console.upload("/admin/knowledge/upload", "环境整治通知.docx", docx, Map.of()));
        assertThat(again.body()).contains("已有“环境整治通知.docx”", "替换同名文件");
        var replaced = console.follow(console.upload("/admin/knowledge/upload", "环境整治通知.docx", docx, Map.of("replace", "true")));
        assertThat(replaced.body()).contains("替换了原文件");
        assertThat(console.get("/admin/actions?text=%E7%8E%AF%E5%A2%83%E6%95%B4%E6%B2%BB").body()).contains("上传文档");
    }

    @Test
    void uploadsWithPathTricksWrongContentOrTooMuchAreRefused() throws Exception {
        var console = admin();
        console.get("/admin/knowledge");
        byte[] text = "# 标题\n\n正文内容。".getBytes(StandardCharsets.UTF_8);
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("../escape.md", "不能包含路径");
        refusals.put("..\\escape.md", "不能包含路径");
        refusals.put(".hidden.md", "不能以点");
        refusals.put("notes.exe", "只能上传");
        refusals.put("plan.doc", "另存为 .docx");
        refusals.put("fake.pdf", "不是 PDF");
        refusals.put("fake.docx", "不是 Word 文档");
        for (var refusal : refusals.entrySet()) {
            var page = console.follow(console.upload("/admin/knowledge/upload", refusal.getKey(), text, Map.of()));
            assertThat(page.body()).as(refusal.getKey()).contains("未上传", refusal.getValue());
        }
        var zipAsText = console.follow(console.upload("/admin/knowledge/upload", "renamed.txt", TestDocx.of("x", "y"), Map.of()));
        assertThat(zipAsText.body()).contains("不是文本");
        assertThat(Files.exists(knowledgePath().getParent().resolve("escape.md"))).isFalse();
        try (var files = Files.list(knowledgePath())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".upload-") || n.contains("escape"));
        }

        var tooBig = console.upload("/admin/knowledge/upload", "big.txt", new byte[3 * 1024 * 1024], Map.of());
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("文件太大", "2 MB");
    }

    @Test
    void questionsAskedThroughTheChatAreInTheLogExportedAndTheOffTopicOnesGrouped() throws Exception {
        String user = "qa-" + UUID.randomUUID().toString().substring(0, 8);
        chat(user, "三抓三促是哪三项行动？");
        chat(user, "食堂今天中午吃什么");
        chat(user, "今天中午食堂吃什么菜");
        var console = admin();
        String log = console.get("/admin/qa?user=" + user).body();
        assertThat(log).contains("三抓三促是哪三项行动？", "食堂今天中午吃什么", "原文摘录", "未找到答案", "本机网页");
        assertThat(console.get("/admin/qa?user=" + user + "&unanswered=1").body()) // (the decline suggests that question)
                .contains("qa-question\">食堂今天中午吃什么<").doesNotContain("qa-question\">三抓三促是哪三项行动？<");
        var export = console.get("/admin/qa/export?user=" + user);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).contains("text/csv");
        assertThat(export.body()).startsWith("\uFEFF时间,渠道,用户账号").contains("三抓三促是哪三项行动？", "今天中午食堂吃什么菜");
        String unanswered = console.get("/admin/unanswered").body();
        int at = unanswered.indexOf("今天中午食堂吃什么菜");
        assertThat(at).isPositive();
        String group = unanswered.substring(unanswered.lastIndexOf("<tr", at), unanswered.indexOf("</tr>", at));
        assertThat(group).contains("食堂今天中午吃什么"); // the two wordings in one group (one table row)
    }

    @Test
    void aFailedPushShowsThePlatformsErrorAndIsRetried() throws Exception {
        String key = "test-failed:" + UUID.randomUUID();
        outbox.enqueue(key, OutboundTarget.robot("wecom", "office"), OutboundMessage.text("测试推送：每日一题"));
        jdbc.sql("UPDATE outbox SET attempts = 3, last_error = 'errcode 93000: invalid webhook url', next_attempt_at = ? WHERE dedupe_key = ?")
                .params(clock.millis() + 3_600_000, key).update();
        long id = jdbc.sql("SELECT id FROM outbox WHERE dedupe_key = ?").param(key).query(Long.class).single();
        var console = admin();
        var failed = console.get("/admin/outbox?status=failed");
        assertThat(failed.body()).contains("errcode 93000: invalid webhook url", "测试推送：每日一题", "重试");
        var retried = console.follow(console.post("/admin/outbox/" + id + "/retry", Map.of("back", "failed")));
        assertThat(retried.body()).contains("将在几秒内重新发送");
        assertThat(jdbc.sql("SELECT next_attempt_at FROM outbox WHERE id = ?").param(id).query(Long.class).single())
                .isLessThanOrEqualTo(clock.millis());
        assertThat(console.get("/admin/actions").body()).contains("重试推送");
    }

    @Test
    void theOverviewCountsWhatTheOfficeLooksAtFirst() throws Exception {
        chat("overview-" + UUID.randomUUID(), "乡村振兴有哪些任务");
        String overview = admin().get("/admin").body();
        assertThat(overview).contains("逾期", "今天的提问", "未找到答案", "道题待审核", "个段落", "知识库索引", "发件箱");
    }

    private HttpResponse<String> chat(String user, String text) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + user + "\",\"text\":\"" + text + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}
