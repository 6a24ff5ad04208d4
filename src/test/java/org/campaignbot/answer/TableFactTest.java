package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.Test;

/** A fact a plan states only in its task table is shown from the row, before the quotation that merely mentions it. */
class TableFactTest {
    static final String PLAN = """
            # 政务局工作方案

            ## 二、重点举措

            大力推行马上办、网上办，高频事项全部实现“掌上办”。

            ## 三、任务分工

            | 序号 | 任务内容 | 责任单位 | 负责人 | 时间节点 |
            |---|---|---|---|---|
            | 5 | 高频政务服务事项实现“掌上办”，上线事项不少于200项 | 电子政务科 | 黄磊 | 2027年底前 |
            """;

    private final StructuredAnswers answers = new StructuredAnswers(null, row -> Optional.empty());

    private static Passage passage(String text, boolean row, String section) {
        return new Passage(new Chunk("c", "plan.md", "政务局工作方案", section, text, row), 0.5, 0.6, List.of());
    }

    @Test
    void aRowWithTheNumberAskedForIsShownBeforeAQuotationWithout() throws Exception {
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                new DocumentReader().parse(PLAN.getBytes(StandardCharsets.UTF_8), "plan.md")));
        String rowText = catalog.rows().get(0).sentence();
        var result = new SearchResult("q", null, List.of(passage("大力推行马上办、网上办，高频事项全部实现“掌上办”。", false,
                "二、重点举措"), passage(rowText, true, "三、任务分工")), new RelevanceFloor.Evidence(0.7, 0.5, 0, false), true);
        Reply prose = Reply.withSources("“高频事项全部实现“掌上办”。”[1]\n", List.of(new Citation("政务局工作方案", "二、重点举措", "高频事项全部实现“掌上办”。")));

        Reply reply = answers.withTableFact("掌上办至少得上线多少个事项", catalog, result, prose).orElseThrow();
        assertThat(reply.text()).contains("上线事项不少于200项", "电子政务科", "2027年底前", "相关原文");
        assertThat(reply.text().indexOf("不少于200项")).isLessThan(reply.text().indexOf("相关原文"));

        // a question the quotation answers as well as the row does gets the quotation alone
        assertThat(answers.withTableFact("掌上办怎么推行", catalog, result, prose)).isEmpty();
    }
}
