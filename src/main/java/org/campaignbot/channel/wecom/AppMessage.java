package org.campaignbot.channel.wecom;

import java.util.Map;
import org.campaignbot.message.IncomingMessage;

/**
 * A decrypted self-built-app message or event. MsgId is kept as a string: it can exceed a signed long.
 * The app callback only covers one-to-one chats with the app; group questions come through the intelligent robot.
 */
record AppMessage(String toUser, String fromUser, String createTime, String msgType, String content, String msgId,
                  String event, String agentId) {

    static AppMessage from(Map<String, String> f) {
        AppMessage m = new AppMessage(f.get("ToUserName"), f.get("FromUserName"), f.get("CreateTime"),
                f.get("MsgType"), f.getOrDefault("Content", ""), f.get("MsgId"), f.get("Event"), f.get("AgentID"));
        if (blank(m.fromUser) || blank(m.msgType)) {
            throw CallbackRefusal.badRequest("消息缺少 FromUserName 或 MsgType");
        }
        if (tooLong(m.fromUser) || tooLong(m.msgId) || tooLong(m.msgType) || tooLong(m.event) || tooLong(m.createTime)) {
            throw CallbackRefusal.badRequest("消息的 FromUserName、MsgId 等字段过长（最多 " + IncomingMessage.MAX_ID + " 个字符）");
        }
        return m;
    }

    /** Retries repeat the MsgId; events have none, so they are known by sender, time and event name. */
    String dedupeKey() {
        return WeComAnswerStore.key("wecom:app:", blank(msgId) ? fromUser.strip() + ":" + createTime + ":" + event : msgId.strip());
    }

    boolean isText() {
        return "text".equals(msgType);
    }

    boolean isEvent() {
        return "event".equals(msgType);
    }

    IncomingMessage toIncoming() {
        return IncomingMessage.direct("wecom", fromUser.strip(), "", content);
    }

    private static boolean tooLong(String s) {
        return s != null && s.length() > IncomingMessage.MAX_ID;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
