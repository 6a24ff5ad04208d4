package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Binding as Spring does it at start-up, from YAML-style keys and from environment variables. */
class DingTalkPropertiesTest {

    @Test
    void defaultsWhenNothingIsSet() {
        DingTalkProperties p = bind(Map.of("bot.dingtalk.app-key", ""));
        assertThat(p.configured()).isFalse();
        assertThat(p.apiBaseUrl()).isEqualTo("https://api.dingtalk.com");
        assertThat(p.oapiBaseUrl()).isEqualTo("https://oapi.dingtalk.com");
        assertThat(p.rateLimitPerMinute()).isEqualTo(20);
        assertThat(p.stream().enabled()).isFalse();
    }

    @Test
    void environmentVariablesReachRobotsAndAppSecret() {
        var env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "BOT_DINGTALK_APP_KEY", "ding-key", "BOT_DINGTALK_APP_SECRET", "s3cret",
                        "BOT_DINGTALK_ROBOTS_OFFICE_ACCESS_TOKEN", "tok",
                        "BOT_DINGTALK_ROBOTS_OFFICE_SECRET", "SECabc")));
        ConfigurationPropertySources.attach(env);
        DingTalkProperties p = Binder.get(env).bind("bot.dingtalk", DingTalkProperties.class).get();
        assertThat(p.appSecret()).isEqualTo("s3cret");
        assertThat(p.robots().get("office").accessToken()).isEqualTo("tok");
        assertThat(p.robots().get("office").secret()).isEqualTo("SECabc");
        assertThat(p.toString()).doesNotContain("s3cret", "tok", "SECabc");
    }

    @Test
    void errorsNameTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("bot.dingtalk.app-key", "k")))
                .rootCause().hasMessageContaining("bot.dingtalk.app-secret");
        assertThatThrownBy(() -> bind(Map.of("bot.dingtalk.stream.enabled", "true")))
                .rootCause().hasMessageContaining("bot.dingtalk.app-key");
        assertThatThrownBy(() -> bind(Map.of("bot.dingtalk.robots.office.secret", "SECx")))
                .rootCause().hasMessageContaining("bot.dingtalk.robots.office.access-token");
        assertThatThrownBy(() -> bind(Map.of("bot.dingtalk.oapi-base-url", "ftp://x")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("bot.dingtalk.oapi-base-url");
        assertThatThrownBy(() -> bind(Map.of("bot.dingtalk.rate-limit-per-minute", "0")))
                .rootCause().hasMessageContaining("bot.dingtalk.rate-limit-per-minute");
    }

    private static DingTalkProperties bind(Map<String, Object> values) {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", values));
        ConfigurationPropertySources.attach(env);
        return Binder.get(env).bind("bot.dingtalk", DingTalkProperties.class)
                .orElseGet(() -> new DingTalkProperties(null, null, null, null, null, null, null, null));
    }
}
