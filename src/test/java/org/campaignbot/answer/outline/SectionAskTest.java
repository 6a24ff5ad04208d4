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
}
