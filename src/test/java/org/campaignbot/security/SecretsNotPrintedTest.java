package org.campaignbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.campaignbot.admin.AdminProperties;
import org.campaignbot.channel.dingtalk.DingTalkProperties;
import org.campaignbot.channel.wecom.WeComProperties;
import org.junit.jupiter.api.Test;

/**
 * Settings records end up in logs and start-up failure reports through {@code toString()}; a record's default one
 * prints every component, secrets included. Each settings record with a secret masks it and still says what is set.
 */
class SecretsNotPrintedTest {
    static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    @Test
    void weComSettingsNameThePartsButPrintNoSecret() {
        var aibot = new WeComProperties.AiBot("aibot-token-value", KEY, Duration.ofSeconds(330));
        var wecom = new WeComProperties("wx5823bf96d3bd56c7", "1000002", "app-secret-value", "app-token-value", KEY,
                "https://qyapi.weixin.qq.com", Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofMillis(500),
                Duration.ofMinutes(10), aibot, Map.of("office", new WeComProperties.Robot("robot-key-value")));
        String printed = wecom + " " + aibot + " " + wecom.robots();
        assertThat(printed).doesNotContain("app-secret-value", "app-token-value", KEY, "aibot-token-value", "robot-key-value")
                .contains("wx5823bf96d3bd56c7", "1000002", "office", "***");
    }

    @Test
    void dingTalkAndAdminSettingsPrintNoSecret() {
        var dingtalk = new DingTalkProperties("ding-app", "ding-app-secret-value", "robot-code", null, null, null,
                null, Map.of("office", new DingTalkProperties.Robot("ding-token-value", "SECding-secret-value")));
        assertThat(dingtalk + " " + dingtalk.robots()).doesNotContain("ding-app-secret-value", "ding-token-value", "SECding-secret-value")
                .contains("ding-app", "office");
        assertThat(new AdminProperties("admin-password-value").toString()).doesNotContain("admin-password-value").contains("***");
    }
}
