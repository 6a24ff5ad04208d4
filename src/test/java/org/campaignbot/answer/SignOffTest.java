package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sign-off lines are told from sentences. */
class SignOffTest {
    @Test
    void anIssuerOrADateLineIsASignOff() {
        assertThat(SignOff.is("xx市交通运输局")).isTrue();
        assertThat(SignOff.is("2026年11月10日")).isTrue();
        assertThat(SignOff.is("中共xx县委办公室")).isTrue();
        assertThat(SignOff.is("xx市行动领导小组办公室　　　　2027年3月15日")).isTrue();
        assertThat(SignOff.is("分送：领导小组成员，各乡镇党委、政府，县直各部门。")).isTrue();
        assertThat(SignOff.is("记录人：李婷（县委办公室秘书科）")).isTrue();
        assertThat(SignOff.is("2027年3月")).as("a month without a day").isTrue();
        assertThat(SignOff.is("（联系人：市行动办学习推进组　葛书研，电话：0000-66880123）")).isTrue();
    }

    @Test
    void aSentenceIsNot() {
        assertThat(SignOff.is("专项整治情况纳入科室和单位年度考核。")).isFalse();
        assertThat(SignOff.is("2026年11月10日，局党组召开会议。")).isFalse();
        assertThat(SignOff.is("领导小组办公室设在局机关纪委，负责日常调度")).isFalse();
        assertThat(SignOff.is("发现问题及时整改。")).isFalse();
    }
}
