package org.campaignbot.channel.dingtalk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.campaignbot.channel.DeliveryException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's access token for api.dingtalk.com ({@code POST /v1.0/oauth2/accessToken}). It lives two hours and
 * DingTalk rate-limits fetching it, so one token is kept and renewed five minutes before it runs out, or at once
 * when the API says it is invalid. The token is never logged.
 */
public class AppTokenCache {
    private static final Duration EARLY = Duration.ofMinutes(5);

    private final OkHttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final String url;
    private final String appKey;
    private final String appSecret;
    private String token;
    private long expiresAt;

    public AppTokenCache(DingTalkProperties properties, OkHttpClient http, JsonMapper json, Clock clock) {
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.url = properties.apiBaseUrl() + "/v1.0/oauth2/accessToken";
        this.appKey = properties.appKey();
        this.appSecret = properties.appSecret();
    }

    public synchronized String token() throws DeliveryException {
        if (token == null || clock.millis() >= expiresAt - EARLY.toMillis()) {
            fetch();
        }
        return token;
    }

    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() throws DeliveryException {
        String body = json.writeValueAsString(Map.of("appKey", appKey, "appSecret", appSecret));
        Request request = new Request.Builder().url(url).post(RequestBody.create(body, RobotWebhookPoster.JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (response.code() >= 500 || response.code() == 429) {
                throw DeliveryException.transientFailure("获取钉钉 access token 失败（HTTP " + response.code() + "）");
            }
            JsonNode answer = json.readTree(text);
            String accessToken = answer.path("accessToken").asString("");
            if (!response.isSuccessful() || accessToken.isEmpty()) {
                throw DeliveryException.configuration("钉钉拒绝了应用凭证（" + answer.path("code").asString("")
                        + "）：请检查 bot.dingtalk.app-key 和 bot.dingtalk.app-secret");
            }
            token = accessToken;
            expiresAt = clock.millis() + answer.path("expireIn").asLong(7200) * 1000;
        } catch (IOException | JacksonException e) {
            throw DeliveryException.transientFailure("获取钉钉 access token 失败：" + e.getClass().getSimpleName());
        }
    }
}
