package org.campaignbot.channel.inbound;

/**
 * What an asker reads when the bot cannot answer properly, the same on every platform and door.
 */
public final class Apologies {
    private Apologies() {
    }

    /** The core failed on this question. */
    public static final String SORRY = "抱歉，回答这个问题时出了点问题，请稍后再问一次。";

    /** The answer queue is full and the platform will not deliver the question again (long connection, web chat). */
    public static final String BUSY = "现在提问的人较多，暂时无法作答，请稍后再问一次。";

    /** Something other than text (a picture, a voice message the platform did not transcribe). */
    public static final String NOT_TEXT = "目前只能回答文字问题，请直接输入您想问的内容。发送“帮助”查看我能做什么。";
}
