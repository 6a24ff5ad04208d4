package org.campaignbot.answer.outline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How cadres ask for the parts under a heading: 哪两块, 哪几样, 这一类. */
class SectionAskTest {
    @Test
    void partsCountedAsBlocksKindsAndSortsAreAnOutline() {
        assertThat(SectionAsk.of("通知里总体要求下面分了哪两块").outline()).isTrue();
        assertThat(SectionAsk.of("形式主义官僚主义这一类具体整哪两块").outline()).isTrue();
        assertThat(SectionAsk.of("不作为慢作为这一类 通知里具体整哪几样").outline()).isTrue();
        assertThat(SectionAsk.of("执行是检验什么的标准").outline()).isFalse();
    }

    @Test
    void thisKindIsNotPartOfTheTopic() {
        assertThat(SectionAsk.topicWords("形式主义官僚主义这一类具体整哪两块")).contains("形式主义官僚主义")
                .doesNotContain("这一类", "一类");
    }

    @Test
    void colloquialAsksForWhatStandsUnderAHeading() {
        assertThat(SectionAsk.of("建章立制这条有啥要求").broad()).isTrue();
        assertThat(SectionAsk.of("重点任务推进不平衡具体说的啥").broad()).isTrue();
        assertThat(SectionAsk.of("督查通报里南岭区整改成效咋写的").broad()).isTrue();
        // the units a part names are asked for as a whole: not the part's topic
        assertThat(SectionAsk.of("督查通报做法和成效写了哪几家单位").broad()).isTrue();
        assertThat(SectionAsk.topicWords("督查通报做法和成效写了哪几家单位")).doesNotContain("单位", "写");
        assertThat(SectionAsk.of("讲话最后那几句 号召大家拿什么精神头干").ordinal()).isEqualTo(SectionAsk.LAST_PART);
        SectionAsk opening = SectionAsk.of("第一部分开头那段 要求全市上下怎么做");
        assertThat(opening.ordinal()).isEqualTo(1);
        assertThat(opening.opening()).isTrue();
    }

    @Test
    void whatAPartSaysAskedWithoutYouNaXie() {
        assertThat(SectionAsk.of("讲话里强化责任落实都要求些啥").broad()).isTrue();
        assertThat(SectionAsk.of("政务局推行四办服务那一条 都写了些啥").broad()).isTrue();
        assertThat(SectionAsk.of("组织领导是咋安排的").broad()).isTrue();
        assertThat(SectionAsk.of("提升群众幸福感那条理由咋说的").broad()).isTrue();
        assertThat(SectionAsk.of("通知里说的不作为慢作为 包括哪两种情况").outline()).isTrue();
        assertThat(SectionAsk.of("通知里说的不作为慢作为 包括哪两种情况").count()).isEqualTo(2);
        // 这一类 counts nothing
        assertThat(SectionAsk.of("形式主义官僚主义这一类具体整哪几样").count()).isZero();
        assertThat(SectionAsk.topicWords("形式主义官僚主义那一类 通知里列了几条")).doesNotContain("那一类", "列了");
        assertThat(SectionAsk.of("纪要里考核评价这条怎么定的").broad()).isTrue();
        assertThat(SectionAsk.of("领导小组会一共定了几件事").outline()).isTrue();
        assertThat(SectionAsk.of("方案最后那部分讲了啥").ordinal()).isEqualTo(SectionAsk.LAST_PART);
        assertThat(SectionAsk.of("交通局任务分工表里都列了哪些事").broad()).isTrue();
        // how to say it is not what it is about
        assertThat(SectionAsk.topicWords("动员部署会那篇讲话 几个大标题按顺序说下")).doesNotContain("顺序", "说下");
        assertThat(SectionAsk.topicWords("交通局任务分工表里都列了哪些事")).contains("任务分工").doesNotContain("表");
        assertThat(SectionAsk.topicWords("那份会议纪要 正文是怎么个结构")).doesNotContain("正文");
    }

    @Test
    void shaIsShenme() {
        assertThat(SectionAsk.of("通知里讲的乱作为都包括啥").broad()).isTrue();
        assertThat(SectionAsk.of("第一个下功夫具体要干啥").broad()).isTrue();
        assertThat(SectionAsk.topicWords("通知里讲的乱作为都包括啥")).contains("乱作为").doesNotContain("包括");
    }

    @Test
    void askingHowAPartWillBeFixedOrWhatProblemsItListsIsBroad() {
        assertThat(SectionAsk.of("中心组学习质量不高这条 准备咋改").broad()).isTrue();
        assertThat(SectionAsk.of("作风这块 督查挑出啥问题来了").broad()).isTrue();
        assertThat(SectionAsk.of("集中攻坚那个阶段 都要干些啥").broad()).isTrue();
    }
}
