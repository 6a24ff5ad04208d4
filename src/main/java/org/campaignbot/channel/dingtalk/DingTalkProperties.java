package org.campaignbot.channel.dingtalk;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;

/**
 * {@code bot.dingtalk.*}. Everything is optional: without an app (key + secret) there is no callback and no Stream
 * client, without robots there are no custom-robot pushes, and with neither the channel is off.
 *
 * @param appKey              enterprise internal app AppKey (ClientID)
 * @param appSecret           its AppSecret: verifies callbacks, signs token requests
 * @param robotCode           the app's robot code, needed for pushes to groups and users through the app's robot
 * @param apiBaseUrl          new API host (access token, robot group send)
 * @param oapiBaseUrl         old API host (custom robots); also the only host sessionWebhook replies may go to
 * @param rateLimitPerMinute  pushes per robot and per group per minute; DingTalk mutes a robot for 10 min past 20
 * @param stream              Stream mode (WebSocket) instead of the HTTP callback
 * @param robots              custom group robots by name
 */
@ConfigurationProperties("bot.dingtalk")
public record DingTalkProperties(String appKey, String appSecret, String robotCode,
                                 @DefaultValue(API_BASE_URL) String apiBaseUrl,
                                 @DefaultValue(OAPI_BASE_URL) String oapiBaseUrl,
                                 @DefaultValue(RATE_LIMIT_PER_MINUTE) Integer rateLimitPerMinute,
                                 @DefaultValue Stream stream, Map<String, Robot> robots) {
    // each default once: in @DefaultValue for the binder (and the IDE metadata), and read from the same constant by
    // the constructor for properties built by hand (tests, the "nothing configured" fallback)
    static final String API_BASE_URL = "https://api.dingtalk.com";
    static final String OAPI_BASE_URL = "https://oapi.dingtalk.com";
    static final String RATE_LIMIT_PER_MINUTE = "20";
    static final String HEARTBEAT_INTERVAL = "60s";
    static final String IDLE_RECONNECT = "30m";

    public DingTalkProperties {
        appKey = blankToNull(appKey);
        appSecret = blankToNull(appSecret);
        robotCode = blankToNull(robotCode);
        apiBaseUrl = baseUrl("bot.dingtalk.api-base-url", apiBaseUrl, API_BASE_URL);
        oapiBaseUrl = baseUrl("bot.dingtalk.oapi-base-url", oapiBaseUrl, OAPI_BASE_URL);
        rateLimitPerMinute = positive("bot.dingtalk.rate-limit-per-minute", rateLimitPerMinute,
                Integer.parseInt(RATE_LIMIT_PER_MINUTE));
        stream = stream == null ? new Stream(false, null, null) : stream;
        robots = robots == null ? Map.of() : new TreeMap<>(robots);
        if ((appKey == null) != (appSecret == null)) {
            String missing = appKey == null ? "bot.dingtalk.app-key" : "bot.dingtalk.app-secret";
            throw new IllegalArgumentException(missing + " 未设置：钉钉应用的 AppKey 和 AppSecret 必须同时填写"
                    + "（开发者后台 → 应用 → 凭证与基础信息）");
        }
        if (stream.enabled() && appKey == null) {
            throw new IllegalArgumentException("bot.dingtalk.stream.enabled=true 需要同时设置 bot.dingtalk.app-key 和 "
                    + "bot.dingtalk.app-secret");
        }
        robots.forEach((name, robot) -> {
            if (robot == null || robot.accessToken() == null) {
                throw new IllegalArgumentException("bot.dingtalk.robots." + name + ".access-token 未设置：请填写自定义"
                        + "机器人 Webhook 地址中 access_token= 后面的部分");
            }
        });
    }

    /** The app's robot is configured (callback, Stream, group and one-to-one sends). */
    public boolean appConfigured() {
        return appKey != null;
    }

    /** Anything at all is configured, so the channel is on. */
    public boolean configured() {
        return appConfigured() || !robots.isEmpty();
    }

    /**
     * @param enabled           Stream mode (WebSocket) instead of the HTTP callback
     * @param heartbeatInterval the SDK pings after this long without traffic and reconnects when the pong does not
     *                          come; the SDK's own default is 60 s, its minimum 1 s
     * @param idleReconnect     pings answered but no message for this long: the connection is restarted in case it
     *                          is half-alive; 0 switches it off
     */
    public record Stream(@DefaultValue("false") boolean enabled, @DefaultValue(HEARTBEAT_INTERVAL) Duration heartbeatInterval,
                         @DefaultValue(IDLE_RECONNECT) Duration idleReconnect) {
        public Stream {
            heartbeatInterval = heartbeatInterval == null ? DurationStyle.detectAndParse(HEARTBEAT_INTERVAL) : heartbeatInterval;
            idleReconnect = idleReconnect == null ? DurationStyle.detectAndParse(IDLE_RECONNECT) : idleReconnect;
            if (heartbeatInterval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("bot.dingtalk.stream.heartbeat-interval 至少 1 秒（钉钉 SDK 的下限）");
            }
            if (idleReconnect.isNegative() || (!idleReconnect.isZero() && idleReconnect.compareTo(heartbeatInterval) <= 0)) {
                throw new IllegalArgumentException("bot.dingtalk.stream.idle-reconnect（" + idleReconnect
                        + "）应为 0（不检查）或大于 heartbeat-interval");
            }
        }
    }

    /**
     * @param accessToken the {@code access_token} from the robot's webhook URL
     * @param secret      the 加签 secret (starts with SEC); empty when the robot uses keywords or an IP range
     */
    public record Robot(String accessToken, String secret) {
        public Robot {
            accessToken = blankToNull(accessToken);
            secret = blankToNull(secret);
        }

        @Override
        public String toString() { // never print the credentials
            return "Robot[accessToken=***, secret=" + (secret == null ? "none" : "***") + "]";
        }
    }

    @Override
    public String toString() {
        return "DingTalkProperties[appKey=" + appKey + ", robotCode=" + robotCode + ", robots=" + robots.keySet() + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer positive(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException(name + " 必须是正整数，当前为 " + value);
        }
        return value;
    }

    private static String baseUrl(String name, String value, String fallback) {
        String url = blankToNull(value) == null ? fallback : value.strip();
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " 不是有效的 http(s) 地址：" + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
