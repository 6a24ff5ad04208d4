package org.campaignbot.conversation;

/**
 * One chat message, normalised from any platform.
 *
 * @param channel        "wecom", "dingtalk" or "web": tells the supervision and quiz features which id space
 *                       {@code userId} belongs to (WeCom user id, DingTalk staff id, or a free local id)
 * @param conversationId the chat: a group id, or the user id for one-to-one chats
 * @param userId         the sender's id on that platform
 * @param userName       display name, may be empty
 * @param text           the text with any @-mention of the bot already removed
 * @param group          true for group chats
 * @param mentioned      true when the bot was @-mentioned
 */
public record IncomingMessage(String channel, String conversationId, String userId, String userName,
                              String text, boolean group, boolean mentioned) {

    public IncomingMessage {
        channel = channel == null ? "web" : channel;
        userName = userName == null ? "" : userName;
        text = text == null ? "" : text.strip();
    }

    /**
     * True when a platform (WeCom, DingTalk) vouches for {@code userId}: its callback was signed and decrypted, so the
     * id is who the platform says sent it. The local web channel has no such guarantee: its ids are chosen by the
     * browser, good for a quiz score but never for acting as someone in the ledger.
     */
    public boolean platformIdentity() {
        return channel.equals("wecom") || channel.equals("dingtalk");
    }

    /** A one-to-one message, the common case in tests and the local chat page. */
    public static IncomingMessage direct(String channel, String userId, String userName, String text) {
        return new IncomingMessage(channel, userId, userId, userName, text, false, false);
    }

}
