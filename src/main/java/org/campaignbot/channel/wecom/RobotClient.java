package org.campaignbot.channel.wecom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.cluster.SharedRateLimits;
import org.campaignbot.outbox.OutboundMessage;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Group robots ({@code webhook/send?key=}), addressed by the name they have in {@code bot.wecom.robots}. Each robot
 * takes at most 20 messages a minute: past that we do not send but throw {@link DeliveryException#later}, so the
 * outbox keeps the message and tries again when a slot is free. Nothing is dropped.
 */
@Component
@Conditional(WeComConditions.Enabled.class)
class RobotClient {
    static final int TEXT_BYTES = 2048;
    static final int MARKDOWN_BYTES = 4096;

    private final WeComHttp http;
    private final JsonMapper json;
    private final WeComProperties properties;
    private final SlidingWindowRateLimiter limiter;

    RobotClient(WeComHttp http, JsonMapper json, WeComProperties properties, SharedRateLimits limits) {
        this.http = http;
        this.json = json;
        this.properties = properties;
        this.limiter = SlidingWindowRateLimiter.shared(20, Duration.ofMinutes(1), limits, "wecom-robot:"); // all instances
    }

    boolean knows(String robot) {
        return properties.robotKey(robot) != null;
    }

    /** Takes a rate-limit slot for the robot or throws {@link DeliveryException#later} with the wait. */
    void acquireSlot(String robot) throws DeliveryException {
        Duration wait = limiter.tryAcquire(robot.toLowerCase(java.util.Locale.ROOT));
        if (!wait.isZero()) {
            throw DeliveryException.later(wait);
        }
    }

    /**
     * Sends one part (already within the byte limit). Mentions go with the part that asks for them: text uses
     * mentioned_list / mentioned_mobile_list (and "@all"); markdown has the {@code <@userid>} syntax in its text.
     */
    void send(String robot, String content, OutboundMessage message, boolean withMentions) throws WeComApiException {
        ObjectNode body = json.createObjectNode();
        if (message.markdown()) {
            body.put("msgtype", "markdown").putObject("markdown").put("content", content);
        } else {
            ObjectNode text = body.put("msgtype", "text").putObject("text").put("content", content);
            if (withMentions) {
                ArrayNode users = text.putArray("mentioned_list");
                message.mentionUserIds().forEach(users::add);
                if (message.mentionAll()) {
                    users.add("@all");
                }
                ArrayNode mobiles = text.putArray("mentioned_mobile_list");
                message.mentionMobiles().forEach(mobiles::add);
            }
        }
        String key = URLEncoder.encode(properties.robotKey(robot), StandardCharsets.UTF_8);
        http.post(properties.apiBaseUrl() + "/cgi-bin/webhook/send?key=" + key, body);
    }
}
