package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences that give a reason weigh more for a why-question; one that states a purpose outright weighs most. */
class WhyQuestionTest {
    @Test
    void aStatedPurposeOutweighsAReasonWordAndBothOutweighNone() {
        double purpose = WhyQuestion.bonus(true, "开展观摩拉练，目的是以观摩促比拼、以比拼促进度。");
        double reason = WhyQuestion.bonus(true, "确保每个项目都有人盯、有人管。");
        double none = WhyQuestion.bonus(true, "每季度末组织1次全市项目观摩拉练。");
        assertThat(purpose).isGreaterThan(reason);
        assertThat(reason).isGreaterThan(none);
        assertThat(none).isZero();
        // not a why-question: no sentence is preferred for its reason words
        assertThat(WhyQuestion.bonus(false, "开展观摩拉练，目的是以观摩促比拼。")).isZero();
    }
}
