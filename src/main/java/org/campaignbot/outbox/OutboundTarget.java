package org.campaignbot.outbox;

/**
 * Where a push goes.
 *
 * @param channel "wecom" or "dingtalk" (the {@code Channel.name()} of the channel that delivers it)
 * @param kind    {@link TargetKind#USER} (one-to-one through the app), {@link TargetKind#ROBOT} (a group robot
 *                configured by name), {@link TargetKind#CHAT} (a platform chat id: WeCom AI-bot chat, DingTalk
 *                openConversationId)
 * @param id      user id, robot name or chat id
 */
public record OutboundTarget(String channel, TargetKind kind, String id) {

    public static OutboundTarget robot(String channel, String robotName) {
        return new OutboundTarget(channel, TargetKind.ROBOT, robotName);
    }

    public static OutboundTarget user(String channel, String userId) {
        return new OutboundTarget(channel, TargetKind.USER, userId);
    }

    /** Stable text form, used in outbox keys and logs (never contains secrets: robots are named, not keyed). */
    public String key() {
        return channel + ":" + kind.value() + ":" + id;
    }
}
