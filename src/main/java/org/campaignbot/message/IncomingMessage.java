package org.campaignbot.message;

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
    /** Longest question the core will read, in characters (code points), on every channel. */
    public static final int MAX_TEXT = 2000;
    /**
     * Longest platform id (user, chat, message) a channel may pass on: the tables keep ids in VARCHAR(200) and message
     * keys in VARCHAR(300) with a prefix, and no platform issues ids near this long. Channels refuse longer ones (4xx).
     */
    public static final int MAX_ID = 128;
    /** Display names are cut to this many characters (the quiz keeps them in VARCHAR(100)). */
    public static final int MAX_NAME = 64;

    public IncomingMessage {
        channel = channel == null ? "web" : channel;
        userName = userName == null ? "" : userName.length() > MAX_NAME ? userName.substring(0, MAX_NAME) : userName;
        text = text == null ? "" : text.strip();
    }

    /** More than {@link #MAX_TEXT} characters: the core answers politely without reading it. */
    public boolean tooLong() {
        return text.codePointCount(0, text.length()) > MAX_TEXT;
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
