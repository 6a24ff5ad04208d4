package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "为什么说X": when X is quoted as a conclusion ("这说明，X"), the sentence it concludes from is the reason. */
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
}
