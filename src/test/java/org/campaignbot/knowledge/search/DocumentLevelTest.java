package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentLevelTest {
    @Test
    void aQuestionSaysWhichLevelsDocumentsItIsAbout() {
        assertThat(DocumentLevel.of("三抓三促在县里年度综合考核里占多大分量")).isEqualTo("县");
        assertThat(DocumentLevel.of("区里为啥每个月还要随机抽几项任务")).isEqualTo("区");
        assertThat(DocumentLevel.of("全县上下要做到啥")).isEqualTo("县");
        assertThat(DocumentLevel.of("市里那个实施方案第二部分讲啥")).isEqualTo("市");
    }

    @Test
    void theCityAboveACountyOrADistrictIsNoLevelOfDocuments() {
        assertThat(DocumentLevel.of("其中被市里亮红灯的呢")).isEmpty();
        assertThat(DocumentLevel.of("市里督查组啥时候反馈的意见")).isEmpty();
        assertThat(DocumentLevel.of("城区里的窗口怎么整合")).isEmpty();
        assertThat(DocumentLevel.of("容错纠错谁牵头")).isEmpty();
    }

    @Test
    void aTitleSaysTheLevelItIsIssuedAt() {
        assertThat(DocumentLevel.ofTitle("xx县“三抓三促”行动领导小组第一次会议纪要")).isEqualTo("县");
        assertThat(DocumentLevel.ofTitle("南岭区“三抓三促”行动督查反馈问题整改方案")).isEqualTo("区");
        assertThat(DocumentLevel.ofTitle("在全市“三抓三促”行动推进会上的讲话")).isEqualTo("市");
        assertThat(DocumentLevel.ofTitle("xx市交通运输局关于开展作风建设专项整治的通知")).isEqualTo("市");
        assertThat(DocumentLevel.ofTitle("关于开展“三抓三促”行动的通知")).isEmpty();
    }

    @Test
    void onlyADocumentOfAnotherKnownLevelWeighsLess() {
        assertThat(DocumentLevel.weight("县", "南岭区“三抓三促”行动督查反馈问题整改方案")).isEqualTo(DocumentLevel.OTHER_LEVEL);
        assertThat(DocumentLevel.weight("县", "xx县“三抓三促”行动考核评价实施细则")).isEqualTo(1.0);
        assertThat(DocumentLevel.weight("县", "关于开展“三抓三促”行动的通知")).isEqualTo(1.0);
        assertThat(DocumentLevel.weight("", "南岭区“三抓三促”行动督查反馈问题整改方案")).isEqualTo(1.0);
        assertThat(DocumentLevel.of("市", "南岭区“三抓三促”行动督查反馈问题整改方案")).isFalse();
        assertThat(DocumentLevel.of("市", "xx市“三抓三促”行动实施方案")).isTrue();
    }
}
