package org.campaignbot.channel.dingtalk;

import org.campaignbot.common.BadRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON body of a robot callback into a {@link DingTalkInbound}. Bad input is a 400, never a 500. */
public class DingTalkMessageParser {
    private final JsonMapper json;

    public DingTalkMessageParser(JsonMapper json) {
        this.json = json;
    }

    public DingTalkInbound parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("请求体不是有效的 JSON");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("请求体应为 JSON 对象");
        }
        try {
            return DingTalkInbound.of(string(root, "msgId"), string(root, "conversationId"),
                    string(root, "conversationType"), string(root, "senderStaffId"), string(root, "senderId"),
                    string(root, "senderNick"), text(root), bool(root, "isInAtList"), string(root, "sessionWebhook"),
                    number(root, "sessionWebhookExpiredTime"));
        } catch (JacksonException e) { // a field of the wrong shape, e.g. text.content given as an object
            throw new BadRequestException("消息字段格式不正确：" + e.getOriginalMessage());
        }
    }

    /**
     * The words of the message. Text is the common case; rich text (text mixed with pictures) keeps its text parts;
     * voice carries DingTalk's speech recognition. Pictures and files give "", which the core answers with help.
     */
    private static String text(JsonNode root) {
        String type = root.path("msgtype").asString("text");
        JsonNode content = root.path("content");
        return switch (type) {
            case "text" -> root.path("text").path("content").asString("");
            case "richText" -> {
                StringBuilder words = new StringBuilder();
                for (JsonNode part : content.path("richText")) {
                    words.append(part.path("text").asString(""));
                }
                yield words.toString();
            }
            case "audio" -> content.path("recognition").asString("");
            default -> "";
        };
    }

    private static String string(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() && !node.isNumber()) {
            throw new BadRequestException("字段 " + field + " 应为字符串");
        }
        return node.asString();
    }

    private static Boolean bool(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.asBoolean(false);
    }

    /** DingTalk sends times as numbers, but some relays stringify them; accept both, refuse anything else. */
    private static Long number(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return node.longValue();
        }
        try {
            return Long.parseLong(node.asString().strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("字段 " + field + " 应为毫秒时间戳数字");
        }
    }
}
