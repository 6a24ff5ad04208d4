package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is quoted beside the best sentence: the grounds of a conclusion ("这说明，X"), a purpose after a measure, how a mechanism works. */
class GroundsTest {
    static final String PARAGRAPH = "检验行动成效，最终要看群众满不满意。上半年第三方测评显示，全县群众对行动的满意率为87.6%，"
            + "还没有达到90%的满分线。这说明，群众身边的不少问题还没有真正解决，我们的工作还有很大提升空间。";

    @Test
    void theSentenceAConclusionIsDrawnFromIsQuotedBeforeIt() {
        String reply = OnePassage.answer("书记为什么说我们的工作还有很大提升空间", "总结会讲话", "二、认清形势", PARAGRAPH);
        assertThat(reply).contains("满意率为87.6%").containsSubsequence("87.6%", "很大提升空间");
    }

    @Test
    void onlyAClaimQuestionTakesTheSentenceBefore() {
        assertThat(OnePassage.answer("我们的工作还有多大提升空间", "总结会讲话", "二、认清形势", PARAGRAPH))
                .doesNotContain("87.6%");
    }

    @Test
    void aPurposeStatedAfterWhatIsToBeDoneIsQuotedWithIt() {
        String paragraph = "四要持续为基层减负。县委办公室要在8月10日前牵头对县直部门面向乡镇的工作群进行一次集中清理，"
                + "工作群数量压减一半以上；除上级有明确要求外，一律不得要求基层拍照打卡。目的是让基层干部从“指尖负担”中解脱出来。"
                + "县纪委监委要在10月底前完成专项整治。";
        assertThat(OnePassage.answer("为啥要清理工作群", "总结会讲话", "四、压实责任", paragraph))
                .containsSubsequence("集中清理", "目的是让基层干部从“指尖负担”中解脱出来");
        assertThat(OnePassage.answer("工作群要清理掉多少", "总结会讲话", "四、压实责任", paragraph))
                .as("not a why-question").doesNotContain("目的是");
    }

    @Test
    void howSomethingWorksIsTheRestOfTheParagraphThatSetsItUp() {
        String paragraph = "建立重点项目要素保障联席会议制度，由市发展改革委召集，市自然资源局等部门参加。联席会议每月召开1次，"
                + "集中研究解决用地、用能等要素保障问题。对项目单位提出的要素需求，相关部门须在5个工作日内回复。";
        assertThat(OnePassage.answer("重点项目要素保障联席会议制度怎么运作", "发改委方案", "四、保障措施", paragraph))
                .contains("由市发展改革委召集", "每月召开1次", "5个工作日内回复");
        assertThat(OnePassage.answer("联席会议由谁召集", "发改委方案", "四、保障措施", paragraph))
                .as("not a how-it-works question").doesNotContain("5个工作日内回复");
    }
}
