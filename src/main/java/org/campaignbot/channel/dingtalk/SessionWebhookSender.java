package org.campaignbot.channel.dingtalk;

import java.time.Clock;
import okhttp3.HttpUrl;
import org.campaignbot.channel.DeliveryException;

/**
 * Sends an answer to the sessionWebhook of the message it answers.
 *
 * <p>The webhook URL arrives inside the callback body, so a forged or replayed body could point it anywhere. Even
 * though callbacks are signed, we only ever POST to URLs on the configured oapi host (scheme, host and port equal,
 * path under its path): a stolen AppSecret then still cannot turn the bot into a proxy into the internal network.
 */
public class SessionWebhookSender {
    private final HttpUrl oapiBase;
    private final RobotWebhookPoster poster;
    private final Clock clock;

    public SessionWebhookSender(String oapiBaseUrl, RobotWebhookPoster poster, Clock clock) {
        this.oapiBase = HttpUrl.get(oapiBaseUrl);
        this.poster = poster;
        this.clock = clock;
    }

    /** True when the URL is one DingTalk could have given us. */
    public boolean isAllowed(String webhook) {
        HttpUrl url = HttpUrl.parse(webhook);
        if (url == null || !url.username().isEmpty() || !url.password().isEmpty()) {
            return false;
        }
        String basePath = oapiBase.encodedPath().endsWith("/") ? oapiBase.encodedPath() : oapiBase.encodedPath() + "/";
        return url.scheme().equals(oapiBase.scheme()) && url.host().equalsIgnoreCase(oapiBase.host())
                && url.port() == oapiBase.port() && url.encodedPath().startsWith(basePath)
                && !url.encodedPath().toLowerCase().contains("%2e"); // HttpUrl already resolved plain dot segments
    }

    public boolean expired(DingTalkInbound message) {
        return message.sessionWebhookExpiresAt() > 0 && clock.millis() >= message.sessionWebhookExpiresAt();
    }

    public void send(DingTalkInbound message, RobotMessage reply) throws DeliveryException {
        if (!isAllowed(message.sessionWebhook())) { // checked on arrival too; this guards every other caller
            throw DeliveryException.configuration("sessionWebhook 不在 bot.dingtalk.oapi-base-url 之下，拒绝发送");
        }
        if (expired(message)) {
            throw DeliveryException.configuration("sessionWebhook 已过期，无法再回复这条消息");
        }
        poster.post(HttpUrl.get(message.sessionWebhook()), reply.webhookBody());
    }
}
