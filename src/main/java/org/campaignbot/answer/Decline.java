package org.campaignbot.answer;

import org.campaignbot.message.Reply;

/** The plain "not in the knowledge base" reply, with suggestions of what the bot can answer. */
final class Decline {
    private static final int MAX_ECHO = 30;

    private Decline() {
    }

    static Reply reply(String question) {
        // cut by code points, so an emoji or a rare character outside the BMP is never split in half
        String q = question.codePointCount(0, question.length()) > MAX_ECHO
                ? question.substring(0, question.offsetByCodePoints(0, MAX_ECHO)) + "…" : question;
        return Reply.text("知识库中没有找到与“" + q + "”相关的内容。\n"
                + "我可以回答“三抓三促”行动动员讲话和实施方案中的问题，例如：\n"
                + "· 三抓三促是哪三项行动？\n· 抓执行促落实有哪些要求？\n· 督办台账每月什么时候更新？\n"
                + "发送“帮助”查看全部功能。");
    }
}
