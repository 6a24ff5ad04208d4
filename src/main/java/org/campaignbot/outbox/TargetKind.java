package org.campaignbot.outbox;

import java.util.Locale;

/** How a push reaches its {@link OutboundTarget}; stored and keyed in lower case (user, robot, chat). */
public enum TargetKind {
    /** One-to-one through the platform app; the id is a user id. */
    USER,
    /** A group robot configured by name; the id is the robot's name. */
    ROBOT,
    /** A platform chat: WeCom AI-bot chat, DingTalk openConversationId; the id is the chat id. */
    CHAT;

    /** The form in the outbox and quiz tables, outbox keys and settings: {@code user}, {@code robot}, {@code chat}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind whose {@link #value()} this is; an unknown value is an IllegalArgumentException naming it. */
    public static TargetKind of(String value) {
        for (TargetKind kind : values()) {
            if (kind.value().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown push target kind: " + value);
    }
}
