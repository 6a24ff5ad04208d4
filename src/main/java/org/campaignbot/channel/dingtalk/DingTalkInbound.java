package org.campaignbot.channel.dingtalk;

import org.campaignbot.common.BadRequestException;
import org.campaignbot.message.IncomingMessage;

/**
 * A robot message as DingTalk delivers it (HTTP callback or Stream), checked and normalised.
 *
 * @param msgId                     DingTalk's message id, the dedupe key
 * @param conversationId            the openConversationId of the group, or of the one-to-one chat
 * @param group                     conversationType "2"; "1" is one-to-one
 * @param staffId                   the sender's userid in the company (senderStaffId); null for outsiders
 * @param senderId                  DingTalk's opaque sender id, used when there is no staff id
 * @param senderNick                display name
 * @param text                      the question, with the spaces DingTalk leaves after removing the @ trimmed
 * @param mentioned                 the robot was @-mentioned (always true for group messages a robot receives)
 * @param sessionWebhook            where the answer goes
 * @param sessionWebhookExpiresAt   epoch ms after which the webhook no longer works; 0 when DingTalk did not say
 */
public record DingTalkInbound(String msgId, String conversationId, boolean group, String staffId, String senderId,
                              String senderNick, String text, boolean mentioned, String sessionWebhook,
                              long sessionWebhookExpiresAt) {

    /** Builds from raw field values, refusing a message that lacks what an answer needs. */
    public static DingTalkInbound of(String msgId, String conversationId, String conversationType, String staffId,
                                     String senderId, String senderNick, String text, Boolean inAtList,
                                     String sessionWebhook, Long sessionWebhookExpiredTime) {
        require(msgId, "msgId");
        require(conversationId, "conversationId");
        require(sessionWebhook, "sessionWebhook");
        if (!"1".equals(conversationType) && !"2".equals(conversationType)) {
            throw new BadRequestException("字段 conversationType 应为 \"1\"（单聊）或 \"2\"（群聊），收到："
                    + (conversationType == null ? "（缺失）" : conversationType));
        }
        for (String[] id : new String[][] {{"msgId", msgId}, {"conversationId", conversationId},
                {"senderStaffId", staffId}, {"senderId", senderId}}) {
            if (id[1] != null && id[1].length() > IncomingMessage.MAX_ID) { // would not fit the tables: refuse, not 500
                throw new BadRequestException("字段 " + id[0] + " 过长：最多 " + IncomingMessage.MAX_ID + " 个字符");
            }
        }
        if (sessionWebhook.length() > 2000) {
            throw new BadRequestException("字段 sessionWebhook 过长");
        }
        if (blank(staffId) && blank(senderId)) {
            throw new BadRequestException("缺少字段 senderStaffId 或 senderId：无法知道是谁发的消息");
        }
        boolean group = "2".equals(conversationType);
        return new DingTalkInbound(msgId, conversationId, group, blank(staffId) ? null : staffId, senderId,
                senderNick == null ? "" : senderNick, trim(text), group || Boolean.TRUE.equals(inAtList),
                sessionWebhook, sessionWebhookExpiredTime == null ? 0 : sessionWebhookExpiredTime);
    }

    /** The sender in the core's id space: the staff id when known, since tasks and scores are keyed by it. */
    public String userId() {
        return staffId != null ? staffId : senderId;
    }

    public IncomingMessage toIncoming() {
        String conversation = group ? conversationId : userId();
        return new IncomingMessage("dingtalk", conversation, userId(), senderNick, text, group, mentioned);
    }

    /**
     * DingTalk removes the @robot but leaves the surrounding blanks (" 你好"); phones also send full-width spaces
     * and no-break spaces, which {@link String#strip()} alone does not all remove.
     */
    static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    private static void require(String value, String field) {
        if (blank(value)) {
            throw new BadRequestException("缺少字段 " + field);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
