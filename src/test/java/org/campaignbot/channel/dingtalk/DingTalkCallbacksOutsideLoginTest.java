package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * With the office console switched on (Spring Security in front of /admin and /api/admin), DingTalk's signed callbacks
 * are still acknowledged and answered: no login, no session cookie, no CSRF token.
 */
class DingTalkCallbacksOutsideLoginTest extends DingTalkAppTestBase {

    @Test
    void aSignedCallbackIsAnsweredWhileTheConsoleWantsALogin() throws Exception {
        var console = http().get("/admin");
        assertThat(console.statusCode()).isEqualTo(302);

        String session = unique("s");
        var response = postSigned(message(unique("m"), false, "staff-outside-login", "帮助", session));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(json(FAKE.awaitReply(session)).path("text").path("content").asString()).startsWith("我是“三抓三促”行动知识库助手");

        var unsigned = post("{}", null, null);
        assertThat(unsigned.statusCode()).isEqualTo(401); // the callback's own signature check, as before
        assertThat(unsigned.body()).doesNotContain("需要管理员账号");
    }
}
