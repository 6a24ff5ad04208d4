package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists written as prose: the items a "哪些" question needs although it shares no words with them. */
class EnumerationTest {
    static final List<String> PARAGRAPH = List.of(
            "行动取得了阶段性成效。",            // 0 announces the list
            "一是学习热潮持续掀起。",            // 1
            "截至10月底，开展集中学习1200余场次。", // 2 detail of item 1
            "二是执行落实明显加强。",            // 3
            "三是工作效能稳步提升。",            // 4
            "有的单位学用脱节；",                // 5 another list, of another kind
            "有的干部执行打折扣；");             // 6

    @Test
    void anAnnouncingSentenceBringsItsItemsWithoutTheirDetails() {
        assertThat(Enumeration.itemsAround(PARAGRAPH, 0)).containsExactly(1, 3, 4);
    }

    @Test
    void anItemBringsItsSiblingsBeforeAndAfterIt() {
        assertThat(Enumeration.itemsAround(PARAGRAPH, 3)).containsExactly(1, 3, 4);
        assertThat(Enumeration.itemsAround(PARAGRAPH, 6)).containsExactly(5, 6);
    }

    @Test
    void aSentenceThatIntroducesNothingHasNoItems() {
        assertThat(Enumeration.itemsAround(PARAGRAPH, 2)).isEmpty();
        assertThat(Enumeration.itemsAround(List.of("执行是检验工作成效的重要标准。", "一是要细化分解。"), 0)).isEmpty();
    }

    @Test
    void aSentenceSummingUpTheListBeforeItBringsThatList() {
        List<String> problems = List.of("我们也要清醒看到存在的问题。", "有的单位学用脱节；", "有的干部执行打折扣；",
                "有的任务进度滞后。", "对这些问题，各级各部门要高度重视，限期整改到位。");
        assertThat(Enumeration.itemsAround(problems, 4)).containsExactly(1, 2, 3);
        // a back-reference with no list before it brings nothing
        assertThat(Enumeration.itemsAround(List.of("要抓好落实。", "对这些问题要高度重视。"), 1)).isEmpty();
    }
}
