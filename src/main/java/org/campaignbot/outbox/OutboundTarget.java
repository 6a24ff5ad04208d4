package org.campaignbot.outbox;

/**
 * Where a push goes.
 *
 * @param channel "wecom" or "dingtalk" (the {@code Channel.name()} of the channel that delivers it)
 * @param kind    {@link #USER} (one-to-one through the app), {@link #ROBOT} (a group robot configured by name),
 *                {@link #CHAT} (a platform chat id: WeCom AI-bot chat, DingTalk openConversationId)
 * @param id      user id, robot name or chat id
 */
public record OutboundTarget(String channel, String kind, String id) {
    public static final String USER = "user";
    public static final String ROBOT = "robot";
    public static final String CHAT = "chat";

    public static OutboundTarget robot(String channel, String robotName) {
        return new OutboundTarget(channel, ROBOT, robotName);
    }

    public static OutboundTarget user(String channel, String userId) {
        return new OutboundTarget(channel, USER, userId);
    }

    /** Stable text form, used in outbox keys and logs (never contains secrets: robots are named, not keyed). */
    public String key() {
        return channel + ":" + kind + ":" + id;
    }
}
