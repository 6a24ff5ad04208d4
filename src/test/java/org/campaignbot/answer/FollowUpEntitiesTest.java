package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names a follow-up's new topic may replace include the terms the documents define. */
class FollowUpEntitiesTest {
    @Test
    void aQuotedTermTheDocumentsDefineIsATopicName() {
        String text = "区行动办实行“三色预警”管理。“三色预警”是指按整改进度分类标色。建立“双签字”制度。"
                + "“双签字”是指须经主要负责同志签字。本方案所称“项目秘书”，是指专门对接项目的干部。所谓“标准地”，就是…。"
                + "开展“每日一练”学习答题活动。";
        assertThat(FollowUpEntities.definedTerms(text)).containsExactly("三色预警", "双签字", "项目秘书", "标准地");
    }
}
