package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short list item ("一是学习热潮持续掀起。") only names its point: the detail after it is quoted with it. */
class ItemDetailTest {
    private static final String PARAGRAPH = "行动取得了阶段性成效。一是学习热潮持续掀起。截至10月底，全市累计开展集中学习1200余场次，"
            + "培训干部3.6万人次。二是执行落实明显加强。督办台账共梳理重点任务326项。";

    private static String answer(String question) {
        return OnePassage.answer(question, "推进会上的讲话", "", PARAGRAPH);
    }

    @Test
    void aShortItemIsQuotedWithItsDetail() {
        assertThat(answer("学习热潮持续掀起 有啥数据")).contains("一是学习热潮持续掀起。", "1200余场次")
                .doesNotContain("二是执行落实明显加强");
    }
}
