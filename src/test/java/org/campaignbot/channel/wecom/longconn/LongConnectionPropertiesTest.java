package org.campaignbot.channel.wecom.longconn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Switched on but half-filled settings stop start-up with the setting named; switched off, nothing is checked. */
class LongConnectionPropertiesTest {
    private static final Duration S30 = Duration.ofSeconds(30);

    @Test
    void offByDefaultNeedsNothing() {
        assertThat(new LongConnectionProperties(false, null, "", Protocol.DEFAULT_URL, S30, Duration.ofSeconds(1),
                Duration.ofSeconds(1), S30, Duration.ofSeconds(2), 2, Duration.ZERO).enabled()).isFalse();
    }

    @Test
    void switchedOnItNeedsTheBotIdTheSecretAndSaneWindows() {
        assertThatThrownBy(() -> on(" ", "s", Protocol.DEFAULT_URL, Duration.ofSeconds(70)))
                .hasMessageContaining("bot-id");
        assertThatThrownBy(() -> on("b", null, Protocol.DEFAULT_URL, Duration.ofSeconds(70)))
                .hasMessageContaining("BOT_WECOM_AIBOT_LONG_CONNECTION_SECRET");
        assertThatThrownBy(() -> on("b", "s", "https://openws.work.weixin.qq.com", Duration.ofSeconds(70)))
                .hasMessageContaining("wss://");
        assertThatThrownBy(() -> on("b", "s", Protocol.DEFAULT_URL, S30))
                .hasMessageContaining("silence-timeout");
    }

    @Test
    void theSecretNeverAppearsInTheSettingsText() {
        assertThat(on("b", "very-secret", Protocol.DEFAULT_URL, Duration.ofSeconds(70)).toString())
                .doesNotContain("very-secret").contains("secret=***");
    }

    private static LongConnectionProperties on(String botId, String secret, String url, Duration silence) {
        return new LongConnectionProperties(true, botId, secret, url, S30, silence, Duration.ofSeconds(1), S30, Duration.ofSeconds(2), 2,
                Duration.ofMinutes(30));
    }
}
