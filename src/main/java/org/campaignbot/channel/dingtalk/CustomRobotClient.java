package org.campaignbot.channel.dingtalk;

import java.time.Clock;
import java.util.Map;
import okhttp3.HttpUrl;
import org.campaignbot.channel.DeliveryException;

/**
 * Pushes to custom group robots (自定义机器人) configured by name under {@code bot.dingtalk.robots}. With a 加签
 * secret the URL carries {@code timestamp} and the URL-encoded {@code sign}. A 310000 answer means the secret or the
 * clock is wrong: it is reported once, with the robot's name, in the log and in /actuator/health.
 */
public class CustomRobotClient {
    private final HttpUrl sendUrl;
    private final Map<String, DingTalkProperties.Robot> robots;
    private final RobotWebhookPoster poster;
    private final DingTalkHealth health;
    private final Clock clock;

    public CustomRobotClient(DingTalkProperties properties, RobotWebhookPoster poster, DingTalkHealth health,
                             Clock clock) {
        this.sendUrl = HttpUrl.get(properties.oapiBaseUrl() + "/robot/send");
        this.robots = properties.robots();
        this.poster = poster;
        this.health = health;
        this.clock = clock;
    }

    public boolean knows(String name) {
        return robots.containsKey(name);
    }

    public void send(String name, RobotMessage message) throws DeliveryException {
        DingTalkProperties.Robot robot = robots.get(name);
        if (robot == null) {
            throw DeliveryException.configuration("未配置名为 " + name + " 的钉钉机器人（bot.dingtalk.robots." + name + "）");
        }
        String part = "robots." + name;
        try {
            poster.post(url(robot), message.webhookBody());
            health.ok(part);
        } catch (DeliveryException e) {
            if (e.kind() == DeliveryException.Kind.CONFIGURATION) {
                String problem = "钉钉机器人 " + name + "：" + e.getMessage();
                health.problem(part, problem);
                throw DeliveryException.configuration(problem);
            }
            throw e;
        }
    }

    private HttpUrl url(DingTalkProperties.Robot robot) {
        HttpUrl.Builder url = sendUrl.newBuilder().addQueryParameter("access_token", robot.accessToken());
        if (robot.secret() != null) {
            String timestamp = Long.toString(clock.millis());
            // already encoded once by the signer; addEncodedQueryParameter keeps OkHttp from encoding it again
            url.addQueryParameter("timestamp", timestamp)
                    .addEncodedQueryParameter("sign", DingTalkSigner.urlEncodedSign(timestamp, robot.secret()));
        }
        return url.build();
    }
}
