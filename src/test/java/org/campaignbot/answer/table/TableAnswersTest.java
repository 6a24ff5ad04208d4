package org.campaignbot.answer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A scoring table asked about as a whole: its largest value, its column listed; never another table's question. */
class TableAnswersTest {
    private static final String RULES = """
            # xx县考核评价实施细则

            ## 二、考核指标和评分标准

            考核内容共设4项指标。

            | 序号 | 考核指标 | 分值 | 评分标准 | 数据来源 |
            |---|---|---|---|---|
            | 1 | 组织领导 | 8 | 未成立工作专班的扣3分 | 县行动办 |
            | 2 | 重点任务推进 | 20 | 每发现1项未按期办结扣2分，扣完为止 | 县委督查室 |
            | 3 | 宣传报道 | 6 | 全年刊发稿件少于2篇的扣2分 | 县融媒体中心 |
            | 4 | 群众满意度 | 12 | 满意率90%以上得满分 | 县统计局 |
            """;

    static DocumentCatalog catalog() throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(RULES.getBytes(StandardCharsets.UTF_8), "rules.md")));
    }

    @Test
    void theRowWithTheMostPointsIsQuotedWhole() throws Exception {
        TableAnswers.Answer a = TableAnswers.answer("考核打分表里头 哪个指标分最多", catalog()).orElseThrow();
        assertThat(a.reply().text()).contains("考核指标：重点任务推进，分值：20", "出处");
        assertThat(a.row()).isEqualTo("重点任务推进");
        assertThat(TableAnswers.answer("考核评分表里分值最低的是哪项", catalog()).orElseThrow().reply().text())
                .contains("宣传报道");
    }

    @Test
    void aColumnIsListedInOrder() throws Exception {
        TableAnswers.Answer a = TableAnswers.answer("县里考核评分表都考哪些指标 列一下", catalog()).orElseThrow();
        assertThat(a.items()).containsExactly("组织领导", "重点任务推进", "宣传报道", "群众满意度");
        assertThat(a.reply().text()).contains("共 4 项", "4. 群众满意度");
    }

    @Test
    void aLimitTheRulesSetIsNoRowOfTheTable() throws Exception {
        // "累计加分不超过5分" answers it, not the row with the most points
        assertThat(TableAnswers.answer("考核打分表 加分最多能加几分", catalog())).isEmpty();
        assertThat(TableAnswers.answer("考核评分表里分值最少要多少", catalog())).isEmpty();
        assertThat(TableAnswers.answer("考核打分表里头 哪个指标分最多", catalog())).isPresent();
    }

    @Test
    void aQuestionNamingOnlyAColumnIsNotAboutTheTable() throws Exception {
        assertThat(TableAnswers.answer("营商环境评价都有哪些指标", catalog())).isEmpty();
        assertThat(TableAnswers.answer("考核评价有什么要求", catalog())).isEmpty();
    }
}
