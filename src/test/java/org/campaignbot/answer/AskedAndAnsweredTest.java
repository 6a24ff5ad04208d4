package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A handbook of questions and answers is quoted by its answers, whole, never by its questions. */
class AskedAndAnsweredTest {
    private static final String TITLE = "青禾市“三抓三促”行动应知应会学习手册";
    private static final String ITEM = "12.问：抓学习促提升方面，对领导干部有哪些要求？\n"
            + "答：概括起来是“三个带头”。一是带头学，市级领导每季度至少参加1次所在党支部集体学习。"
            + "二是带头讲，县处级以上领导干部每半年至少讲1次专题党课。三是带头研，每人每年牵头完成1项调研课题。";

    @Test
    void aQuestionLineIsToldFromAnAnswer() {
        assertThat(AskedAndAnswered.isQuestionLine("12.问：抓学习促提升方面，对领导干部有哪些要求？")).isTrue();
        assertThat(AskedAndAnswered.isQuestionLine("（3）问:测试怎么考?")).isTrue();
        assertThat(AskedAndAnswered.isQuestionLine("问：什么是堵点清零？")).isTrue();
        assertThat(AskedAndAnswered.isQuestionLine("答：概括起来是“三个带头”：")).isFalse();
        assertThat(AskedAndAnswered.isQuestionLine("群众有疑问：可拨打热线。")).isFalse();
    }

    @Test
    void theWholeAnswerIsQuotedAndTheQuestionNot() {
        String reply = OnePassage.answer("市级领导每季度要参加几次支部学习", TITLE,
                "第一部分　基本概念 > 12.问：抓学习促提升方面，对领导干部有哪些要求", ITEM);
        assertThat(reply.substring(0, reply.indexOf("出处"))).doesNotContain("12.问").contains("概括起来是“三个带头”")
                .contains("带头学").contains("带头讲").contains("带头研");
    }

    @Test
    void proseUnderAnOrdinaryHeadingIsQuotedAsBefore() {
        String reply = OnePassage.answer("市级领导每季度要参加几次支部学习", TITLE, "第一部分　基本概念 > 12.领导干部",
                ITEM.replace("12.问：", "12.").replace("答：", ""));
        assertThat(reply).contains("带头学").doesNotContain("带头研");
    }
}
