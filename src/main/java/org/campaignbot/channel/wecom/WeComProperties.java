package org.campaignbot.channel.wecom;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;

/**
 * {@code bot.wecom.*}. Every part is optional: the self-built app callback is on when {@code token} is set, the AI bot
 * when {@code aibot.token} is set, group robots when any {@code robots.<name>.key} is set. A half-filled part stops
 * start-up with a message that names the missing setting, because a silently dead callback is worse.
 *
 * @param corpId         the enterprise's CorpID (管理后台“我的企业”), for the app's access token
 * @param agentId        the self-built app's AgentId, for sending app messages
 * @param secret         the self-built app's Secret: sends app messages (answers that miss the reply window,
 *                       one-to-one reminders); from the environment only
 * @param token          the app's callback Token ("设置API接收"): verifies callback signatures; turns the callback on
 * @param encodingAesKey the app's callback EncodingAESKey (43 letters and digits): decrypts callbacks
 * @param apiBaseUrl     WeCom's API host; tests point it at a local fake
 * @param httpTimeout    timeout of each call to WeCom's API
 * @param retryBackoff   wait before the first retry when WeCom answers "busy" (-1) or "rate limited" (45009);
 *                       doubled after that, three attempts in all
 * @param aibot          the intelligent robot's callback (group @-questions), see {@link AiBot}
 * @param robots         group robots by name, for pushes (reminders, bulletins, quizzes)
 * @param replyWindow  how long a callback waits for the answer before acknowledging and delivering it later; WeCom
 *                     retries after 5 s, so this stays well below that
 * @param maxClockSkew callbacks whose timestamp is further than this from our clock are refused as replays; at most
 *                     1 h, so that message dedupe (which remembers ids for longer) covers the whole window
 */
@ConfigurationProperties("bot.wecom")
public record WeComProperties(
        String corpId, String agentId, String secret, String token, String encodingAesKey,
        @DefaultValue("https://qyapi.weixin.qq.com") String apiBaseUrl,
        @DefaultValue("3s") Duration replyWindow,
        @DefaultValue("10s") Duration httpTimeout,
        @DefaultValue("500ms") Duration retryBackoff,
        @DefaultValue("10m") Duration maxClockSkew,
        @DefaultValue AiBot aibot,
        Map<String, Robot> robots) {

    private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");
    private static final Duration MAX_WINDOW = Duration.ofMillis(4500);

    /**
     * @param token          the intelligent robot's callback Token ("API 模式"); turns its callback on
     * @param encodingAesKey the intelligent robot's callback EncodingAESKey (43 letters and digits)
     * @param streamWindow how long WeCom keeps polling a stream reply (at most 6 min after the question); an answer
     *                     that is ready later goes to the message's response_url instead
     */
    public record AiBot(String token, String encodingAesKey, @DefaultValue(STREAM_WINDOW) Duration streamWindow) {
        static final String STREAM_WINDOW = "330s"; // also the default for WeComProperties built by hand

        public AiBot {
            token = blankToNull(token);
            encodingAesKey = blankToNull(encodingAesKey);
            checkKey(encodingAesKey, "bot.wecom.aibot.encoding-aes-key");
            checkPair(token, encodingAesKey, "bot.wecom.aibot.token", "bot.wecom.aibot.encoding-aes-key");
            if (streamWindow.isNegative() || streamWindow.compareTo(Duration.ofMinutes(6)) > 0) {
                throw new IllegalArgumentException("bot.wecom.aibot.stream-window 应在 0 到 6 分钟之间（企业微信最多轮询 6 分钟），现在是 " + streamWindow);
            }
        }

        public boolean enabled() {
            return token != null;
        }

        @Override
        public String toString() { // the record's own would print the token and key
            return "AiBot[token=" + mask(token) + ", encodingAesKey=" + mask(encodingAesKey) + ", streamWindow=" + streamWindow + "]";
        }
    }

    /** @param key the webhook key; a pasted full webhook URL is accepted too and reduced to its key */
    public record Robot(String key) {
        public Robot {
            key = blankToNull(key);
            if (key != null && key.contains("key=")) {
                key = key.substring(key.indexOf("key=") + 4).split("&")[0];
            }
        }

        @Override
        public String toString() { // the key alone lets anyone post to the group
            return "Robot[key=" + mask(key) + "]";
        }
    }

    public WeComProperties {
        corpId = blankToNull(corpId);
        agentId = blankToNull(agentId);
        secret = blankToNull(secret);
        token = blankToNull(token);
        encodingAesKey = blankToNull(encodingAesKey);
        aibot = aibot == null ? new AiBot(null, null, DurationStyle.detectAndParse(AiBot.STREAM_WINDOW)) : aibot;
        robots = normalise(robots);
        apiBaseUrl = apiBaseUrl.strip().replaceAll("/+$", "");
        if (!apiBaseUrl.startsWith("http://") && !apiBaseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("bot.wecom.api-base-url 必须以 https:// 开头，默认 https://qyapi.weixin.qq.com");
        }
        checkKey(encodingAesKey, "bot.wecom.encoding-aes-key");
        checkPair(token, encodingAesKey, "bot.wecom.token", "bot.wecom.encoding-aes-key");
        if (token != null && corpId == null) {
            throw new IllegalArgumentException("已设置 bot.wecom.token，但缺少 bot.wecom.corp-id（企业ID，见管理后台“我的企业”页底部）");
        }
        if (token != null && secret == null) {
            throw new IllegalArgumentException("已设置 bot.wecom.token，但缺少 bot.wecom.secret 和 bot.wecom.agent-id："
                    + "答复超过等待时间时要通过应用消息发出，需要应用的 Secret 和 AgentId");
        }
        if (secret != null && (corpId == null || agentId == null)) {
            throw new IllegalArgumentException("已设置 bot.wecom.secret，还需要 bot.wecom.corp-id（企业ID）和 bot.wecom.agent-id（应用的 AgentId）");
        }
        if (agentId != null && !agentId.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("bot.wecom.agent-id 应为数字（应用详情页的 AgentId），现在是“" + agentId + "”");
        }
        if (maxClockSkew.toSeconds() < 30 || maxClockSkew.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("bot.wecom.max-clock-skew 应在 30 秒到 1 小时之间（默认 10m），现在是 " + maxClockSkew);
        }
        if (replyWindow.isNegative() || replyWindow.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("bot.wecom.reply-window 应在 0 到 4.5 秒之间（企业微信 5 秒收不到回复就会重发），现在是 " + replyWindow);
        }
    }

    /** Settings as they may appear in logs and failure reports: which parts are set, never a secret's value. */
    @Override
    public String toString() {
        return "WeComProperties[corpId=" + corpId + ", agentId=" + agentId + ", secret=" + mask(secret) + ", token="
                + mask(token) + ", encodingAesKey=" + mask(encodingAesKey) + ", apiBaseUrl=" + apiBaseUrl
                + ", replyWindow=" + replyWindow + ", maxClockSkew=" + maxClockSkew + ", aibot=" + aibot
                + ", robots=" + robots.keySet() + "]";
    }

    static String mask(String secret) {
        return secret == null ? "none" : "***";
    }

    public boolean appCallbackEnabled() {
        return token != null;
    }

    public boolean appSendEnabled() {
        return secret != null;
    }

    /** The robot's key by name, matched without regard to case (environment variables arrive in lower case). */
    public String robotKey(String name) {
        Robot robot = robots.get(name == null ? "" : name.toLowerCase(Locale.ROOT));
        return robot == null ? null : robot.key();
    }

    private static Map<String, Robot> normalise(Map<String, Robot> robots) {
        Map<String, Robot> out = new LinkedHashMap<>();
        if (robots != null) {
            robots.forEach((name, robot) -> {
                if (robot == null || robot.key() == null) {
                    throw new IllegalArgumentException("群机器人 " + name + " 缺少 bot.wecom.robots." + name
                            + ".key（群设置 → 群机器人 → Webhook 地址里 key= 后面的部分）");
                }
                out.put(name.toLowerCase(Locale.ROOT), robot);
            });
        }
        return Map.copyOf(out);
    }

    static void checkKey(String key, String setting) {
        if (key != null && !AES_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(setting + " 格式不对：EncodingAESKey 应是 43 位英文字母或数字"
                    + "（企业微信后台“设置API接收”里随机生成后复制），现在是 " + key.length() + " 位");
        }
    }

    private static void checkPair(String token, String key, String tokenSetting, String keySetting) {
        if ((token == null) != (key == null)) {
            throw new IllegalArgumentException(tokenSetting + " 和 " + keySetting
                    + " 必须同时设置（都在企业微信后台“设置API接收”页面里），现在只设置了 " + (token == null ? keySetting : tokenSetting));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
