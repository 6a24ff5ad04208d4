package org.campaignbot.channel.wecom.longconn;

import java.time.Clock;
import okhttp3.OkHttpClient;
import org.campaignbot.channel.wecom.AiBotAnswers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the robot's long connection when {@code bot.wecom.aibot.long-connection.enabled=true}. It is a second door
 * to the robot's answering path ({@link AiBotAnswers}), next to the callback; both may be on at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bot.wecom.aibot.long-connection.enabled", havingValue = "true")
class LongConnectionConfig {

    @Bean
    LongConnectionHealth wecomLongConnectionHealthIndicator(Clock clock) { // "wecomLongConnection" in health
        return new LongConnectionHealth(clock);
    }

    @Bean
    LongConnectionClient wecomLongConnectionClient(LongConnectionProperties settings, AiBotAnswers answers,
                                                   LongConnectionHealth health, JsonMapper json,
                                                   OkHttpClient channelHttpClient) {
        return new LongConnectionClient(settings, new CallbackHandler(answers, health, json, settings.placeholderAfter()), health, json,
                channelHttpClient);
    }

    @Bean
    LongConnectionTransport wecomLongConnectionTransport(LongConnectionClient wecomLongConnectionClient) {
        return new LongConnectionTransport(wecomLongConnectionClient);
    }
}
