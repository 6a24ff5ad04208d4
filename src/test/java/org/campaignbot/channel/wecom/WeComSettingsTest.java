package org.campaignbot.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.campaignbot.CampaignBotApplication;
import org.campaignbot.channel.wecom.WeComProperties.AiBot;
import org.campaignbot.channel.wecom.WeComProperties.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

/** Settings are checked at start-up, with messages that name the setting and say how to fix it. */
@ExtendWith(OutputCaptureExtension.class)
class WeComSettingsTest {
    static final String KEY = WeComTestBase.AES_KEY;
    static final AiBot NO_AIBOT = new AiBot(null, null, Duration.ofSeconds(330));

    @Test
    void aMalformedEncodingAesKeyStopsStartUpWithAMessageNamingTheSetting(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(CampaignBotApplication.class)
                .web(WebApplicationType.NONE);
        // as command-line arguments, which is how they would override config/application.yml in real life too
        assertThatThrownBy(() -> app.run("--spring.datasource.url=jdbc:h2:mem:settings;DB_CLOSE_DELAY=-1",
                "--bot.knowledge.index-dir=target/test-index/settings", "--bot.knowledge.watch=false",
                "--bot.wecom.corp-id=ww1", "--bot.wecom.agent-id=1000002", "--bot.wecom.secret=s",
                "--bot.wecom.token=t", "--bot.wecom.encoding-aes-key=tooShortKey")).rootCause()
                .hasMessageContaining("bot.wecom.encoding-aes-key 格式不对")
                .hasMessageContaining("43 位")
                .hasMessageContaining("现在是 11 位");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("bot.wecom.encoding-aes-key 格式不对");
    }

    @Test
    void halfFilledPartsAreRefusedWithTheMissingSettingNamed() {
        assertThatThrownBy(() -> app(null, null, null, "t", null, NO_AIBOT, null))
                .hasMessageContaining("bot.wecom.token 和 bot.wecom.encoding-aes-key 必须同时设置");
        assertThatThrownBy(() -> app(null, null, null, "t", KEY, NO_AIBOT, null))
                .hasMessageContaining("bot.wecom.corp-id");
        assertThatThrownBy(() -> app("ww1", null, null, "t", KEY, NO_AIBOT, null))
                .hasMessageContaining("bot.wecom.secret");
        assertThatThrownBy(() -> app("ww1", "abc", "s", null, null, NO_AIBOT, null))
                .hasMessageContaining("bot.wecom.agent-id 应为数字");
        assertThatThrownBy(() -> app("ww1", null, "s", null, null, NO_AIBOT, null))
                .hasMessageContaining("bot.wecom.agent-id");
        assertThatThrownBy(() -> new AiBot("t", KEY + "x", Duration.ofSeconds(330)))
                .hasMessageContaining("bot.wecom.aibot.encoding-aes-key 格式不对");
        assertThatThrownBy(() -> new AiBot(null, KEY, Duration.ofSeconds(330)))
                .hasMessageContaining("bot.wecom.aibot.token");
        assertThatThrownBy(() -> app(null, null, null, null, null, NO_AIBOT, Map.of("office", new Robot(" "))))
                .hasMessageContaining("bot.wecom.robots.office.key");
        assertThatThrownBy(() -> new WeComProperties(null, null, null, null, null, "https://qyapi.weixin.qq.com",
                Duration.ofSeconds(6), Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofMinutes(10), NO_AIBOT, null))
                .hasMessageContaining("bot.wecom.reply-window");
        // a skew longer than message dedupe remembers ids would let a replay through once the id is forgotten
        assertThatThrownBy(() -> new WeComProperties(null, null, null, null, null, "https://qyapi.weixin.qq.com",
                Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofHours(2), NO_AIBOT, null))
                .hasMessageContaining("bot.wecom.max-clock-skew");
    }

    @Test
    void blankMeansAbsentAndAPastedWebhookUrlIsReducedToItsKey() {
        WeComProperties p = app(" ", "", null, "", " ", NO_AIBOT,
                Map.of("Office", new Robot("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc-123")));
        assertThat(p.appCallbackEnabled()).isFalse();
        assertThat(p.appSendEnabled()).isFalse();
        assertThat(p.robotKey("office")).isEqualTo("abc-123");
        assertThat(p.robotKey("OFFICE")).isEqualTo("abc-123");
        assertThat(p.apiBaseUrl()).isEqualTo("https://qyapi.weixin.qq.com");
    }

    @Test
    void eachPartSwitchesWeComOnByItselfAndBlanksLeaveItOff() {
        assertThat(enabled("bot.wecom.token", "", "bot.wecom.secret", " ", "bot.wecom.aibot.token", "")).isFalse();
        assertThat(enabled("bot.wecom.robots.office.key", "k")).isTrue();
        assertThat(enabled("bot.wecom.aibot.token", "t")).isTrue();
        assertThat(enabled("bot.wecom.secret", "s")).isTrue();
        assertThat(enabled("bot.wecom.token", "t")).isTrue();
    }

    private static boolean enabled(String... keyValues) {
        MockEnvironment env = new MockEnvironment();
        for (int i = 0; i < keyValues.length; i += 2) {
            env.setProperty(keyValues[i], keyValues[i + 1]);
        }
        ConditionContext context = Mockito.mock(ConditionContext.class);
        Mockito.when(context.getEnvironment()).thenReturn(env);
        return new WeComConditions.Enabled().matches(context, null);
    }

    private static WeComProperties app(String corpId, String agentId, String secret, String token, String key,
                                       AiBot aibot, Map<String, Robot> robots) {
        return new WeComProperties(corpId, agentId, secret, token, key, "https://qyapi.weixin.qq.com/",
                Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofMinutes(10), aibot, robots);
    }
}
