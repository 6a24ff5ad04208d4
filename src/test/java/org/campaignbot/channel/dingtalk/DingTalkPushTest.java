package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.TargetKind;
import org.campaignbot.testing.FakePlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Pushes through the outbox to the fake DingTalk, which checks signatures and tokens like the real one. */
@ExtendWith(OutputCaptureExtension.class)
class DingTalkPushTest extends DingTalkAppTestBase {
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    private static List<FakePlatform.Call> robotSends(String token) {
        return FAKE.calls("/robot/send").stream()
                .filter(r -> token.equals(r.query("access_token"))).toList();
    }

    @Test
    void customRobotPushIsSignedOnceAndCarriesTheAtBlock() throws Exception {
        var message = new OutboundMessage("督办提醒", "任务 5 明天到期，请及时办理。", true,
                List.of("staff-5"), List.of("13800000000"), false);
        String key = unique("push");
        outbox.enqueue(key, OutboundTarget.robot("dingtalk", "office"), message);
        dispatcher.dispatchDue(100);

        FakePlatform.Call request = FAKE.await(() -> robotSends("tok-office"), 1).get(0);
        String query = request.url().encodedQuery();
        // the fake accepted the sign (it answers 310000 otherwise); here: encoded exactly once, at the current time
        assertThat(query).doesNotContain("+").doesNotContain("%25");
        String timestamp = request.query("timestamp");
        assertThat(Long.parseLong(timestamp)).isEqualTo(clock.millis());
        assertThat(query).contains("sign=" + DingTalkSigner.urlEncodedSign(timestamp, OFFICE_SECRET));

        JsonNode body = json(request);
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("title").asString()).isEqualTo("督办提醒");
        assertThat(body.path("markdown").path("text").asString()).contains("@staff-5", "@13800000000", "任务 5 明天到期");
        assertThat(body.path("at").path("atUserIds").get(0).asString()).isEqualTo("staff-5");
        assertThat(body.path("at").path("atMobiles").get(0).asString()).isEqualTo("13800000000");
        assertThat(body.path("at").path("isAtAll").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT status FROM outbox WHERE dedupe_key = ?").param(key).query(String.class).single())
                .isEqualTo("SENT"); // the fake answered errcode 0, i.e. it accepted the signature
    }

    @Test
    void twentyFirstMessageInAMinuteWaitsInTheOutbox() throws Exception {
        for (int i = 1; i <= 21; i++) {
            outbox.enqueue(unique("burst-" + i), OutboundTarget.robot("dingtalk", "burst"),
                    OutboundMessage.text("第 " + i + " 条通知"));
        }
        dispatcher.dispatchDue(100);
        assertThat(FAKE.await(() -> robotSends("tok-burst"), 20)).hasSize(20);
        assertThat(pendingFor("burst")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDue(100);
        assertThat(robotSends("tok-burst")).hasSize(20); // still inside the minute

        clock.advance(Duration.ofSeconds(31));
        dispatcher.dispatchDue(100);
        List<FakePlatform.Call> all = FAKE.await(() -> robotSends("tok-burst"), 21);
        assertThat(all.stream().map(r -> json(r).path("text").path("content").asString()))
                .contains("第 21 条通知").doesNotHaveDuplicates();
        assertThat(pendingFor("burst")).isZero();
    }

    @Test
    void wrongSecretIsReportedOnceWithTheRobotNameAndInHealth(CapturedOutput output) throws Exception {
        outbox.enqueue(unique("wrong"), OutboundTarget.robot("dingtalk", "miscopied"), OutboundMessage.text("通知"));
        dispatcher.dispatchDue(100);
        clock.advance(Duration.ofMinutes(2)); // past the configuration backoff: a second failed attempt
        dispatcher.dispatchDue(100);
        assertThat(robotSends("tok-miscopied")).hasSize(2);

        String error = jdbc.sql("SELECT last_error FROM outbox WHERE target_id = 'miscopied'").query(String.class).single();
        assertThat(error).contains("miscopied", "310000", "secret");
        assertThat(output.getAll().split("钉钉配置问题 \\[robots.miscopied]", -1)).hasSize(2); // logged once

        HttpResponse<String> health = http().get("/actuator/health");
        JsonNode dingtalk = JSON.readTree(health.body()).path("components").path("dingtalk");
        assertThat(dingtalk.path("status").asString()).isEqualTo("UP");
        assertThat(dingtalk.path("details").path("problems").path("robots.miscopied").asString())
                .contains("钉钉机器人 miscopied", "310000");
        assertThat(health.body()).doesNotContain("tok-miscopied", "SECthisIsNotWhatDingTalkHas");
    }

    @Test
    void busyRobotIsRetriedWithBackoff() throws Exception {
        FAKE.script("/robot/send", 200, "{\"errcode\":-1,\"errmsg\":\"系统繁忙\"}");
        outbox.enqueue(unique("busy"), OutboundTarget.robot("dingtalk", "office"), OutboundMessage.text("繁忙重试"));
        int before = robotSends("tok-office").size();
        dispatcher.dispatchDue(100);
        assertThat(robotSends("tok-office")).hasSize(before + 1);
        clock.advance(Duration.ofSeconds(3));
        dispatcher.dispatchDue(100);
        List<FakePlatform.Call> sends = FAKE.await(() -> robotSends("tok-office"), before + 2);
        assertThat(json(sends.get(before + 1)).path("text").path("content").asString()).isEqualTo("繁忙重试");
    }

    @Test
    void appRobotSendsToGroupsAndUsersWithACachedToken() throws Exception {
        outbox.enqueue(unique("chat"), new OutboundTarget("dingtalk", TargetKind.CHAT, "cid-abc"),
                OutboundMessage.text("群通知"));
        outbox.enqueue(unique("chat"), new OutboundTarget("dingtalk", TargetKind.CHAT, "cid-abc"),
                OutboundMessage.markdown("通报", "**本周通报**"));
        outbox.enqueue(unique("user"), OutboundTarget.user("dingtalk", "staff-9"), OutboundMessage.text("个人提醒"));
        dispatcher.dispatchDue(100);

        List<FakePlatform.Call> group = FAKE.await(() -> FAKE.calls("/v1.0/robot/groupMessages/send"), 2);
        JsonNode text = json(group.get(group.size() - 2));
        assertThat(text.path("robotCode").asString()).isEqualTo("ding-test-robot");
        assertThat(text.path("openConversationId").asString()).isEqualTo("cid-abc");
        assertThat(text.path("msgKey").asString()).isEqualTo("sampleText");
        assertThat(JSON.readTree(text.path("msgParam").asString()).path("content").asString()).isEqualTo("群通知");
        JsonNode markdown = json(group.get(group.size() - 1));
        assertThat(markdown.path("msgKey").asString()).isEqualTo("sampleMarkdown");
        assertThat(JSON.readTree(markdown.path("msgParam").asString()).path("title").asString()).isEqualTo("通报");
        assertThat(group.get(0).header("x-acs-dingtalk-access-token")).isEqualTo(FakePlatform.DINGTALK_APP_TOKEN);

        JsonNode user = json(FAKE.await(() -> FAKE.calls("/v1.0/robot/oToMessages/batchSend"), 1).get(0));
        assertThat(user.path("userIds").get(0).asString()).isEqualTo("staff-9");
        assertThat(FAKE.tokenFetches.get()).isEqualTo(1); // one token for all three sends

        // DingTalk revokes the token: the client fetches a new one and sends again, once
        FAKE.script("/v1.0/robot/groupMessages/send", 401, "{\"code\":\"InvalidAuthentication\",\"message\":\"expired\"}");
        outbox.enqueue(unique("chat"), new OutboundTarget("dingtalk", TargetKind.CHAT, "cid-abc"),
                OutboundMessage.text("换票后重发"));
        dispatcher.dispatchDue(100);
        List<FakePlatform.Call> after = FAKE.await(() -> FAKE.calls("/v1.0/robot/groupMessages/send"), group.size() + 2);
        assertThat(JSON.readTree(json(after.get(after.size() - 1)).path("msgParam").asString()).path("content").asString())
                .isEqualTo("换票后重发");
        assertThat(FAKE.tokenFetches.get()).isEqualTo(2);
        assertThat(pendingFor("cid-abc") + pendingFor("staff-9")).isZero();
    }

    private long pendingFor(String targetId) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE target_id = ? AND status = 'PENDING'").param(targetId)
                .query(Long.class).single();
    }
}
