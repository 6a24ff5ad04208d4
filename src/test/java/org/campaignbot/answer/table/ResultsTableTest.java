package org.campaignbot.answer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A bulletin's results tables: the best and the last of a ranking, and one row's score, rank or grade. */
class ResultsTableTest {
    static final String BULLETIN = """
            # 关于第三季度督查情况的通报

            ## 一、总体情况

            县区督查结果如下：

            | 县区 | 综合得分 | 排名 | 等次 |
            |---|---|---|---|
            | 东川区 | 94.6 | 1 | 好 |
            | 河西县 | 92.8 | 2 | 好 |
            | 白沙县 | 68.5 | 3 | 较差 |

            市直部门督查结果如下：

            | 单位 | 综合得分 | 排名 | 等次 |
            |---|---|---|---|
            | 市政务服务管理局 | 95.2 | 1 | 好 |
            | 市住建局 | 66.5 | 2 | 较差 |
            """;

    static DocumentCatalog catalog() throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(BULLETIN.getBytes(StandardCharsets.UTF_8), "tongbao.md")));
    }

    @Test
    void theBestAndTheLastOfARankingComeFromTheTableWhoseRowsTheQuestionNames() throws Exception {
        // 得分最高 names 综合得分 by its last word; 县区 picks the counties' table, not the departments'
        assertThat(TableAnswers.answer("三季度督查通报里哪个县区得分最高", catalog()).orElseThrow().reply().body())
                .contains("东川区").doesNotContain("市政务服务管理局");
        // "最后一名" is the lowest score, though the question it follows asked for the highest
        assertThat(TableAnswers.answer("督查通报里哪个县区得分最高 那最后一名是哪个", catalog()).orElseThrow().reply().body())
                .contains("白沙县");
    }

    @Test
    void oneRowIsFoundByItsNameAndWhatIsAskedOfIt() throws Exception {
        var answer = RowLookup.answer("督查结果河西县多少分", catalog()).orElseThrow();
        assertThat(answer.reply().body()).contains("县区：河西县，综合得分：92.8，排名：2，等次：好");
        assertThat(answer.row()).isEqualTo("河西县");
        assertThat(RowLookup.answer("市住建局排第几", catalog()).orElseThrow().reply().body()).contains("排名：2");
        // a row named without asking for a cell, or a cell of a row no table has, is no lookup
        assertThat(RowLookup.answer("河西县的项目服务专员怎么干的", catalog())).isEmpty();
        assertThat(RowLookup.answer("北湖区多少分", catalog())).isEmpty();
    }

    @Test
    void aColumnIsListedOnlyWhenTheQuestionNamesTheTable() throws Exception {
        assertThat(TableAnswers.answer("督查结果表里有哪些单位", catalog())).isPresent();
        // "做法和成效写了哪几家单位" asks about another part's units, though 单位 is this table's column
        assertThat(TableAnswers.answer("督查通报做法和成效写了哪几家单位", catalog())).isEmpty();
    }
}
