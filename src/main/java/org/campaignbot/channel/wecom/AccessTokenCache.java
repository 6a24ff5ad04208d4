package org.campaignbot.channel.wecom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The app's access token from {@code gettoken}, shared by every caller in this process and kept until five minutes
 * before it expires. Fetching is synchronized, so concurrent callers wait for one fetch instead of each calling
 * gettoken (which is itself rate-limited).
 */
@Component
@Conditional(WeComConditions.AppSend.class)
class AccessTokenCache {
    private static final long EARLY_SECONDS = 300;

    private final WeComHttp http;
    private final WeComProperties properties;
    private final Clock clock;
    private String token;
    private long expiresAt;

    AccessTokenCache(WeComHttp http, WeComProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.clock = clock;
    }

    synchronized String get() throws WeComApiException {
        if (token == null || clock.millis() >= expiresAt) {
            JsonNode r = http.get(properties.apiBaseUrl() + "/cgi-bin/gettoken?corpid=" + encode(properties.corpId())
                    + "&corpsecret=" + encode(properties.secret()));
            String fresh = r.path("access_token").asString("");
            if (fresh.isEmpty()) {
                throw new WeComApiException(WeComApiException.HTTP, "gettoken 没有返回 access_token");
            }
            long lifetime = Math.min(7200, r.path("expires_in").asLong(7200));
            token = fresh;
            expiresAt = clock.millis() + Math.max(60, lifetime - EARLY_SECONDS) * 1000;
        }
        return token;
    }

    /**
     * Forgets the token WeCom just rejected (40014/42001). Only that token: if another caller already refreshed,
     * the new one is kept, so a burst of rejections leads to a single refresh.
     */
    synchronized void invalidate(String rejected) {
        if (Objects.equals(token, rejected)) {
            token = null;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
