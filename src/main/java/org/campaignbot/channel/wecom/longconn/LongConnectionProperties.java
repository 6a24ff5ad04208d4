package org.campaignbot.channel.wecom.longconn;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.wecom.aibot.long-connection.*}: the intelligent robot over WeCom's long connection (WebSocket), for
 * offices without a public address. Off unless {@code enabled}; then the BotID and the long-connection Secret are
 * required (from the environment: BOT_WECOM_AIBOT_LONG_CONNECTION_SECRET), and a missing one stops start-up with a
 * message naming it, because a robot that silently never connects is worse.
 *
 * @param enabled           connect to WeCom over the long connection (the robot's "API 模式" must be set to it)
 * @param botId             the intelligent robot's BotID (its detail page)
 * @param secret            the long connection's Secret; from the environment only
 * @param url               WeCom's address; privately deployed WeCom shows its own in the admin console
 * @param heartbeatInterval how often we send {@code ping}; WeCom's SDK and every client seen use 30 s
 * @param silenceTimeout    no frame at all (not even a ping's ack) for this long: the connection is taken as dead,
 *                          dropped and opened again. Above one heartbeat interval, so one late ack is tolerated
 * @param reconnectBackoff  the first wait before reconnecting; doubled on each failed attempt up to the maximum
 * @param reconnectMaxBackoff the longest wait between reconnection attempts
 * @param placeholderAfter  an answer not ready after this long first shows "please wait" in its stream bubble
 * @param missedHeartbeats  this many pings in a row without an ack: the connection is taken as dead and opened
 *                          again, even if other frames still arrive (the clients in the reference use 2)
 * @param idleReconnect     pings are answered but no question or event came for this long: reconnect, in case the
 *                          socket is "half-alive" (it happens after a takeover, reference §3); 0 switches it off
 */
@ConfigurationProperties("bot.wecom.aibot.long-connection")
public record LongConnectionProperties(
        @DefaultValue("false") boolean enabled,
        String botId,
        String secret,
        @DefaultValue(Protocol.DEFAULT_URL) String url,
        @DefaultValue("30s") Duration heartbeatInterval,
        @DefaultValue("70s") Duration silenceTimeout,
        @DefaultValue("1s") Duration reconnectBackoff,
        @DefaultValue("30s") Duration reconnectMaxBackoff,
        @DefaultValue("2s") Duration placeholderAfter,
        @DefaultValue("2") int missedHeartbeats,
        @DefaultValue("30m") Duration idleReconnect) {

    public LongConnectionProperties {
        botId = botId == null || botId.isBlank() ? null : botId.strip();
        secret = secret == null || secret.isBlank() ? null : secret.strip();
        url = url.strip();
        if (enabled) {
            if (botId == null || secret == null) {
                throw new IllegalArgumentException("已开启 bot.wecom.aibot.long-connection.enabled，但缺少 "
                        + (botId == null ? "bot-id（智能机器人详情页的 BotID）" : "secret（环境变量 BOT_WECOM_AIBOT_LONG_CONNECTION_SECRET）")
                        + "：在企业微信“智能机器人 → API 模式 → 长连接”中可以看到");
            }
            if (!url.matches("(?i)wss?://.+")) {
                throw new IllegalArgumentException("bot.wecom.aibot.long-connection.url 应以 wss:// 开头，默认 " + Protocol.DEFAULT_URL);
            }
            if (silenceTimeout.compareTo(heartbeatInterval) <= 0) {
                throw new IllegalArgumentException("bot.wecom.aibot.long-connection.silence-timeout（" + silenceTimeout
                        + "）应大于 heartbeat-interval（" + heartbeatInterval + "），否则每次心跳之间都会被当成断线");
            }
            if (missedHeartbeats < 1) {
                throw new IllegalArgumentException("bot.wecom.aibot.long-connection.missed-heartbeats 应至少为 1");
            }
            if (idleReconnect.isNegative() || (!idleReconnect.isZero() && idleReconnect.compareTo(heartbeatInterval) <= 0)) {
                throw new IllegalArgumentException("bot.wecom.aibot.long-connection.idle-reconnect（" + idleReconnect
                        + "）应为 0（不检查）或大于 heartbeat-interval");
            }
            if (placeholderAfter.isNegative()) {
                throw new IllegalArgumentException("bot.wecom.aibot.long-connection.placeholder-after 不能为负数");
            }
            if (reconnectBackoff.isNegative() || reconnectBackoff.isZero() || reconnectMaxBackoff.compareTo(reconnectBackoff) < 0) {
                throw new IllegalArgumentException("bot.wecom.aibot.long-connection.reconnect-backoff 应大于 0 且不超过 reconnect-max-backoff");
            }
        }
    }

    @Override
    public String toString() { // the record's own would print the secret
        return "LongConnectionProperties[enabled=" + enabled + ", botId=" + botId + ", secret="
                + (secret == null ? "none" : "***") + ", url=" + url + ", heartbeatInterval=" + heartbeatInterval
                + ", silenceTimeout=" + silenceTimeout + ", reconnectBackoff=" + reconnectBackoff
                + ", reconnectMaxBackoff=" + reconnectMaxBackoff + ", placeholderAfter=" + placeholderAfter
                + ", missedHeartbeats=" + missedHeartbeats + ", idleReconnect=" + idleReconnect + "]";
    }
}
