package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskedThingTest {
    @Test
    void theThingBeforeAnAmount() {
        assertThat(AskedThing.of("三抓三促行动的专项经费有多少"))
                .containsExactly(new AskedThing("三抓三促行动的专项经费", true));
        // the words between the thing and 多少 are not part of it
        assertThat(AskedThing.of("一网通办的比例要求达到多少")).containsExactly(new AskedThing("一网通办的比例", true));
        assertThat(AskedThing.of("两个目标分别是多少？")).containsExactly(new AskedThing("两个目标", true));
    }

    @Test
    void theThingAfterAnAmountOrAWhich() {
        assertThat(AskedThing.of("干部每年最少要多少学时")).contains(new AskedThing("学时", false));
        assertThat(AskedThing.of("营商环境评价都有哪些指标")).containsExactly(new AskedThing("指标", false));
        assertThat(AskedThing.of("推进会点了哪几个单位的名")).containsExactly(new AskedThing("单位的名", false));
        // a bound after 多少 is not a thing: 总分得多少以上 asks for a figure
        assertThat(AskedThing.of("总分得多少以上才能评好等次")).doesNotContain(new AskedThing("以上才能评好等次", false));
    }

    @Test
    void theThingBeforeAHowToProvide() {
        assertThat(AskedThing.of("这次整治的经费怎么保障")).containsExactly(new AskedThing("这次整治的经费", true));
    }

    @Test
    void questionsThatNameNoThing() {
        assertThat(AskedThing.of("抓学习促提升有什么要求")).isEmpty();
        assertThat(AskedThing.of("为什么要开展三抓三促行动")).isEmpty();
    }
}
