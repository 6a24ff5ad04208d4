package org.campaignbot.channel.dingtalk;

import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.cluster.SharedRateLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the DingTalk channel. Nothing here exists unless {@code bot.dingtalk} configures an app or a robot; the
 * callback ({@link DingTalkCallbackController}, scanned), the app robot and Stream mode need the app. Stream is a
 * second door to the same pipeline, not a different one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DingTalkConfig.AnythingConfigured.class)
public class DingTalkConfig {

    /**
     * DingTalk's timeouts on the shared {@code channelHttpClient} (same connection pool and dispatcher as WeCom). Not
     * a bean: one OkHttpClient bean keeps injection by type unambiguous.
     */
    static OkHttpClient http(OkHttpClient channelHttpClient) {
        return channelHttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(30)).build();
    }

    @Bean
    DingTalkHealth dingtalkHealthIndicator(DingTalkProperties properties) { // shown as "dingtalk" in health
        return new DingTalkHealth(properties);
    }

    /** Counted in the database: every instance on it shares each robot's and each group's allowance. */
    @Bean
    SlidingWindowRateLimiter dingTalkRateLimiter(DingTalkProperties properties, SharedRateLimits limits) {
        return SlidingWindowRateLimiter.shared(properties.rateLimitPerMinute(), Duration.ofMinutes(1), limits, "");
    }

    @Bean
    RobotWebhookPoster robotWebhookPoster(OkHttpClient channelHttpClient, JsonMapper json) {
        return new RobotWebhookPoster(http(channelHttpClient), json);
    }

    @Bean
    CustomRobotClient customRobotClient(DingTalkProperties properties, RobotWebhookPoster poster,
                                        DingTalkHealth health, Clock clock) {
        return new CustomRobotClient(properties, poster, health, clock);
    }

    @Bean(DingTalkChannel.NAME)
    DingTalkChannel dingTalkChannel(CustomRobotClient customRobots,
                                    ObjectProvider<EnterpriseRobotClient> appRobot,
                                    SlidingWindowRateLimiter dingTalkRateLimiter) {
        return new DingTalkChannel(customRobots, appRobot.getIfAvailable(), dingTalkRateLimiter);
    }

    /** The app's robot: callback, Stream and app-robot pushes. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(AppConfigured.class)
    static class App {
        @Bean
        AppTokenCache dingTalkTokens(DingTalkProperties properties, OkHttpClient channelHttpClient, JsonMapper json,
                                     Clock clock) {
            return new AppTokenCache(properties, http(channelHttpClient), json, clock);
        }

        @Bean
        EnterpriseRobotClient enterpriseRobotClient(DingTalkProperties properties, AppTokenCache tokens,
                                                    OkHttpClient channelHttpClient, JsonMapper json,
                                                    DingTalkHealth health) {
            return new EnterpriseRobotClient(properties, tokens, http(channelHttpClient), json, health);
        }

        @Bean
        SessionWebhookSender sessionWebhookSender(DingTalkProperties properties, RobotWebhookPoster poster,
                                                  Clock clock) {
            return new SessionWebhookSender(properties.oapiBaseUrl(), poster, clock);
        }

        @Bean
        DingTalkReplyPipeline dingTalkReplyPipeline(InboundPipeline answers, SessionWebhookSender sender,
                                                    SlidingWindowRateLimiter dingTalkRateLimiter, JsonMapper json,
                                                    Clock clock) {
            return new DingTalkReplyPipeline(answers, false, sender, dingTalkRateLimiter, json, clock);
        }

        @Bean
        @Conditional(StreamEnabled.class)
        DingTalkStreamConnector dingTalkStreamConnector(DingTalkProperties properties, DingTalkReplyPipeline pipeline,
                                                        DingTalkHealth health, DingTalkStreamHealth stream) {
            return new DingTalkStreamConnector(properties, new DingTalkStreamListener(pipeline), health, stream);
        }

        @Bean
        @Conditional(StreamEnabled.class)
        DingTalkStreamHealth dingtalkStreamHealthIndicator(Clock clock) { // shown as "dingtalkStream" in health
            return new DingTalkStreamHealth(clock);
        }
    }

    private static DingTalkProperties bind(ConditionContext context) {
        return Binder.get(context.getEnvironment()).bind("bot.dingtalk", DingTalkProperties.class)
                .orElseGet(() -> new DingTalkProperties(null, null, null, null, null, null, null, null));
    }

    static class AnythingConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return bind(context).configured();
        }
    }

    static class AppConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return bind(context).appConfigured();
        }
    }

    static class StreamEnabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            DingTalkProperties properties = bind(context);
            return properties.appConfigured() && properties.stream().enabled();
        }
    }
}
