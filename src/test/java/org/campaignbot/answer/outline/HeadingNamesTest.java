package org.campaignbot.answer.outline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names a question may give a heading by. */
class HeadingNamesTest {
    @Test
    void aLongHeadingIsNamedByItsFirstClauseItsOtherClausesAndItsSloganHalf() {
        assertThat(HeadingNames.key("统一思想认识,着力增强开展行动的责任感和紧迫感")).isEqualTo("统一思想认识");
        assertThat(HeadingNames.clauses("抓学习促提升")).containsExactly("抓学习促提升", "抓学习");
        assertThat(HeadingNames.clauses("整治形式主义、官僚主义问题")).contains("整治形式主义", "官僚主义问题");
    }

    @Test
    void theCoreLeavesOutTheWordsAHeadingWrapsItsTopicIn() {
        assertThat(HeadingNames.core("整治不作为、慢作为问题")).isEqualTo("不作为慢作为");
        assertThat(HeadingNames.core("强化工作执行落实")).isEqualTo("执行落实");
        assertThat(HeadingNames.core("在提质增效上下功夫")).isEqualTo("提质增效");
        assertThat(HeadingNames.core("加强领导")).isEmpty(); // too little left to name anything
    }

    @Test
    void coverageIsTheShareOfTheNamesCharactersTheQuestionHoldsInRunsOfTwo() {
        assertThat(HeadingNames.coverage("强化工作执行落实", "强化执行落实有哪些要求")).isEqualTo(6 / 8.0);
        assertThat(HeadingNames.coverage("抓学习促提升", "执行是检验什么的标准")).isZero();
    }
}
