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
        assertThat(HeadingNames.core("要在攻坚破难上求突破")).isEqualTo("攻坚破难"); // a speech's 要在…上…
        assertThat(HeadingNames.core("在狠抓落实上下功夫")).isEqualTo("狠抓落实");
        assertThat(HeadingNames.core("加强领导")).isEmpty(); // too little left to name anything
    }

    @Test
    void coverageIsTheShareOfTheNamesCharactersTheQuestionHoldsInRunsOfTwo() {
        assertThat(HeadingNames.coverage("强化工作执行落实", "强化执行落实有哪些要求")).isEqualTo(6 / 8.0);
        assertThat(HeadingNames.coverage("抓学习促提升", "执行是检验什么的标准")).isZero();
    }

    @Test
    void aShortHeadingIsNamedByItsFirstWordBeforeAPointerOrByItsNoun() {
        assertThat(HeadingNames.pointsAt("保障措施", "政务局方案保障那部分 列了哪几条")).isTrue();
        assertThat(HeadingNames.pointsAt("考核程序", "细则里考核程序这块怎么走")).isTrue();
        assertThat(HeadingNames.pointsAt("工作要求", "工作那部分讲了啥")).as("工作 leads too many headings").isFalse();
        assertThat(HeadingNames.pointsAt("保障措施", "保障措施有哪些")).as("no pointer").isFalse();
        assertThat(HeadingNames.headNoun("存在的问题")).isEqualTo("问题");
        assertThat(HeadingNames.headNoun("统一思想认识")).isEmpty();
        assertThat(HeadingNames.asksForHeadNoun("问题", "这期简报点了哪些问题")).isTrue();
        assertThat(HeadingNames.asksForHeadNoun("问题", "这个问题谁负责")).isFalse();
        assertThat(HeadingNames.headNoun("存在的主要问题")).isEqualTo("问题");
        assertThat(HeadingNames.asksForHeadNoun("问题", "督查通报问题部分分哪几个方面")).isTrue();
    }

    @Test
    void aHeadingIsNamedByWhatStandsBeforeItsColon() {
        assertThat(HeadingNames.key("执行方面：任务推进不够有力")).isEqualTo("执行方面");
        assertThat(HeadingNames.clauses("执行方面：任务推进不够有力")).contains("执行方面", "任务推进不够有力");
        assertThat(HeadingNames.key("集中整改阶段（2027年5月1日至6月30日）")).isEqualTo("集中整改阶段");
        // a bulletin's case named by its unit, three characters long
        assertThat(HeadingNames.key("南岭区：以督查整改带动全面提升")).isEqualTo("南岭区");
        assertThat(HeadingNames.key("学习：以学促干")).as("not a unit").isEqualTo("学习:以学促干");
    }
}
