package org.campaignbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.campaignbot.BotTest;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local page is anonymous: typing a colleague's mobile or WeCom account as {@code userId} used to record progress
 * and file a close request in his name (reproduced against the shipped contacts: 13800001002 is 李明). Now the
 * ledger's personal commands are refused politely and nothing is written; questions and read-only views still work.
 */
@BotTest
class WebIdentityTest {
    static final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String chat(String userId, String text) throws Exception {
        String body = json.writeValueAsString(Map.of("conversationId", "c-" + userId, "userId", userId, "text", text));
        HttpResponse<String> response = TestHttp.to(port).postJson("/api/chat", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("reply").asString();
    }

    long progressRows() {
        return jdbc.sql("SELECT COUNT(*) FROM sup_progress").query(Long.class).single();
    }

    boolean closeRequested(long task) {
        return jdbc.sql("SELECT close_requested_at FROM sup_task WHERE id = ?").param(task).query(Long.class)
                .optional().isPresent();
    }

    @Test
    void nobodyActsAsSomeoneElseFromTheLocalPage() throws Exception {
        long before = progressRows();
        for (String impersonated : new String[] {"13800001002", "LiMing", "1002", "+86 138 0000 1002"}) {
            assertThat(chat(impersonated, "进度 1 100%")).as(impersonated).contains("无法确认您的身份", "企业微信或钉钉");
            assertThat(chat(impersonated, "进展 1 已完成")).contains("无法确认您的身份");
            assertThat(chat(impersonated, "办结 1")).contains("无法确认您的身份");
            assertThat(chat(impersonated, "我的任务")).contains("无法确认您的身份").doesNotContain("李明");
        }
        assertThat(progressRows()).isEqualTo(before);
        assertThat(closeRequested(1)).isFalse();
        // what needs no identity still works for everyone
        assertThat(chat("13800001002", "任务 1")).startsWith("任务1（方案序号 1）");
        assertThat(chat("13800001002", "三抓三促是哪三项行动?")).contains("抓学习促提升");
    }

    @Test
    void overlongIdsAreRefusedWithA400() throws Exception {
        String body = json.writeValueAsString(Map.of("userId", "u".repeat(65), "text", "你好"));
        HttpResponse<String> response = TestHttp.to(port).postJson("/api/chat", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("userId 过长");
    }
}
