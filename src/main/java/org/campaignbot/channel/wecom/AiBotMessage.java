package org.campaignbot.channel.wecom;

import java.util.regex.Pattern;
import org.campaignbot.message.IncomingMessage;
import tools.jackson.databind.JsonNode;

/**
 * A decrypted intelligent-robot callback (JSON). In a group the text starts with the @-mention of the robot (and maybe
 * of others); WeCom clients put an ordinary, a full-width or a U+2005 space after a mention, all of which we strip.
 */
record AiBotMessage(String msgId, String chatType, String chatId, String userId, String msgType, String text,
                    String streamId, String eventType, String responseUrl) {
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*@[^\\s\\u2005\\u3000]+[\\s\\u2005\\u3000]*)+");

    static AiBotMessage from(JsonNode json) {
        String msgType = json.path("msgtype").asString("");
        AiBotMessage m = new AiBotMessage(json.path("msgid").asString(""), json.path("chattype").asString("single"),
                json.path("chatid").asString(null), json.path("from").path("userid").asString(""), msgType,
                text(json, msgType), json.path("stream").path("id").asString(null),
                json.path("event").path("eventtype").asString(null), json.path("response_url").asString(null));
        if (m.msgId.isBlank() || msgType.isBlank()) {
            throw CallbackRefusal.badRequest("消息缺少 msgid 或 msgtype");
        }
        for (String id : new String[] {m.msgId, m.chatId, m.userId, m.streamId, msgType, m.eventType}) {
            if (id != null && id.length() > IncomingMessage.MAX_ID) { // would not fit the tables: refuse, not 500
                throw CallbackRefusal.badRequest("消息的 msgid、userid、chatid 等字段过长（最多 " + IncomingMessage.MAX_ID + " 个字符）");
            }
        }
        return m;
    }

    /** text, voice (already speech-to-text) and the text items of a mixed message; other types have none. */
    private static String text(JsonNode json, String msgType) {
        return switch (msgType) {
            case "text" -> json.path("text").path("content").asString("");
            case "voice" -> json.path("voice").path("content").asString("");
            case "mixed" -> {
                StringBuilder sb = new StringBuilder();
                for (JsonNode item : json.path("mixed").path("msg_item")) {
                    if ("text".equals(item.path("msgtype").asString(""))) {
                        sb.append(item.path("text").path("content").asString("")).append('\n');
                    }
                }
                yield sb.toString();
            }
            default -> null;
        };
    }

    boolean isGroup() {
        return "group".equals(chatType);
    }

    boolean hasText() {
        return text != null;
    }

    String dedupeKey() {
        return WeComAnswerStore.key("wecom:aibot:", msgId);
    }

    /** The conversation: the group's chatid, or the user for a single chat. */
    String conversationId() {
        return isGroup() && chatId != null ? chatId : userId;
    }

    IncomingMessage toIncoming() {
        String raw = text == null ? "" : text;
        String question = isGroup() ? LEADING_MENTIONS.matcher(raw).replaceFirst("") : raw;
        return new IncomingMessage("wecom", conversationId(), userId, "", question, isGroup(), isGroup());
    }
}
