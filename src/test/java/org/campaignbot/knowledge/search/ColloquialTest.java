package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColloquialTest {
    @Test
    void spokenWordsAreSearchedInTheDocumentsWords() {
        assertThat(Colloquial.formal("牵头单位一把手每个月都得听汇报 这是为了啥")).contains("主要负责同志").doesNotContain("一把手");
        assertThat(Colloquial.formal("为啥要在上学看病找工作住房这些事上一直使劲")).contains("教育", "医疗", "就业");
        // "要拿什么劲头干": the documents say "以只争朝夕的精神", never 干劲
        assertThat(Colloquial.formal("要拿什么劲头干")).contains("精神").doesNotContain("劲头");
        // the longest spoken phrase first
        assertThat(Colloquial.formal("讲话里对那些拖了好多年的老大难 是个啥态度")).contains("长期积累").doesNotContain("长期好多年");
        assertThat(Colloquial.formal("任务要是拖了 手册里说咋弄")).contains("滞后");
        assertThat(Colloquial.formal("测试分数出来了要是有意见咋办")).contains("有异议");
        assertThat(Colloquial.formal("抓学习促提升有哪些要求")).isEqualTo("抓学习促提升有哪些要求");
        assertThat(Colloquial.formal("十大难题那块县里打算咋破")).doesNotContain("县里");
    }
}
