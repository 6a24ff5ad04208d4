package org.campaignbot.channel;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one OkHttp client for outbound platform calls (WeCom, DingTalk). Each channel derives its own timeouts with
 * {@code newBuilder()}, which keeps this client's connection pool and dispatcher, so both channels share them.
 * Redirects are never followed: platform URLs carry access tokens and webhook keys, and a redirect would hand them
 * (or the message) to another host.
 */
@Configuration(proxyBeanMethods = false)
public class ChannelHttpConfig {

    @Bean
    OkHttpClient channelHttpClient() {
        return new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(30))
                .build();
    }
}
