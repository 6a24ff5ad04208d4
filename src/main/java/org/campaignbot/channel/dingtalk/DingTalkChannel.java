package org.campaignbot.channel.dingtalk;

import java.time.Duration;
import org.campaignbot.channel.Channel;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;

/**
 * The outbox's way into DingTalk: {@code robot} targets are custom robots by name, {@code chat} targets are groups
 * by openConversationId through the app's robot, {@code user} targets are staff ids through the app's robot.
 * DingTalk mutes a robot for 10 minutes past 20 messages a minute, so each robot/group is held under the limit here:
 * a message over it is not sent and not dropped, the outbox keeps it and tries again when a slot frees up.
 */
public class DingTalkChannel implements Channel {
    public static final String NAME = "dingtalk";

    private final CustomRobotClient customRobots;
    private final EnterpriseRobotClient appRobot;
    private final SlidingWindowRateLimiter limiter;

    /** @param appRobot null when no app is configured (custom robots only) */
    public DingTalkChannel(CustomRobotClient customRobots, EnterpriseRobotClient appRobot,
                           SlidingWindowRateLimiter limiter) {
        this.customRobots = customRobots;
        this.appRobot = appRobot;
        this.limiter = limiter;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(OutboundTarget target, OutboundMessage message) throws DeliveryException {
        RobotMessage rendered = RobotMessage.push(message);
        switch (target.kind()) {
            case ROBOT -> {
                if (!customRobots.knows(target.id())) {
                    throw DeliveryException.configuration("未配置名为 " + target.id() + " 的钉钉机器人（bot.dingtalk.robots."
                            + target.id() + ".access-token）");
                }
                acquire(target);
                customRobots.send(target.id(), rendered);
            }
            case CHAT -> {
                acquire(target);
                requireApp().sendToGroup(target.id(), rendered);
            }
            case USER -> requireApp().sendToUser(target.id(), rendered);
            default -> throw DeliveryException.configuration("未知的钉钉推送目标类型：" + target.kind().value());
        }
    }

    private void acquire(OutboundTarget target) throws DeliveryException {
        Duration wait = limiter.tryAcquire(target.key());
        if (!wait.isZero()) {
            throw DeliveryException.later(wait);
        }
    }

    private EnterpriseRobotClient requireApp() throws DeliveryException {
        if (appRobot == null) {
            throw DeliveryException.configuration("未配置钉钉应用（bot.dingtalk.app-key / app-secret / robot-code），"
                    + "无法向群聊或个人推送");
        }
        return appRobot;
    }
}
