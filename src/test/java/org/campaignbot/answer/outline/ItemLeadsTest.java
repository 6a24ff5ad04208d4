package org.campaignbot.answer.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A long part that lists its points in prose is quoted point by point, so the last points are not cut off. */
class ItemLeadsTest {
    static final List<String> PART = List.of(
            "行动取得了阶段性成效。",
            "一是学习热潮持续掀起。", "全市累计开展集中学习1200余场次。", "举办专题培训班86期。",
            "二是执行落实明显加强。", "督办台账共梳理重点任务326项。",
            "三是工作效能稳步提升。", "政务服务事项网上可办率达到92%。",
            "在肯定成绩的同时，我们也要清醒看到存在的问题。",
            "有的单位学用脱节，学习停留在读文件上；", "有的干部执行打折扣，遇到难题绕着走；");

    @Test
    void everyPointOfEveryListIsKeptAndTheirDetailsWhileTheyFit() {
        List<String> all = ItemLeads.pick(PART, 130).orElseThrow();
        assertThat(all).contains("一是学习热潮持续掀起。", "二是执行落实明显加强。", "三是工作效能稳步提升。",
                "有的单位学用脱节，学习停留在读文件上；", "有的干部执行打折扣，遇到难题绕着走；");
        assertThat(all.get(0)).isEqualTo("行动取得了阶段性成效。");
        assertThat(all).doesNotContain("举办专题培训班86期。"); // a point's second detail is not its next sentence
        assertThat(all.stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(130);
        // the points stay in the document's order
        assertThat(all.indexOf("三是工作效能稳步提升。")).isLessThan(all.indexOf("有的单位学用脱节，学习停留在读文件上；"));
    }

    @Test
    void aPartThatFitsOrListsNothingIsLeftToTheUsualQuotation() {
        assertThat(ItemLeads.pick(PART, 1000)).isEmpty();
        assertThat(ItemLeads.pick(List.of("甲".repeat(200) + "。", "乙".repeat(200) + "。"), 100)).isEmpty();
    }
}
