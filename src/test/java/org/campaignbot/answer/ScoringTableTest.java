package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A row of a table that is not a task table (a scoring table) answers as a whole row, never in fragments. */
class ScoringTableTest {
    private static final String RULES = """
            # 考核评价实施细则

            ## 二、考核指标和评分标准

            考核内容共设3项指标。

            | 序号 | 考核指标 | 分值 | 评分标准 | 数据来源 |
            |---|---|---|---|---|
            | 1 | 理论学习 | 10 | 缺席1次扣1分。扣完为止 | 县委组织部 |
            | 2 | 宣传报道 | 6 | 全年刊发稿件少于2篇的扣2分 | 县融媒体中心 |
            | 3 | 群众满意度 | 12 | 满意率90%以上得满分 | 县统计局 |
            """;

    @Test
    void aScoringRowIsQuotedWhole() throws Exception {
        SourceDocument doc = new DocumentReader().parse(RULES.getBytes(StandardCharsets.UTF_8), "rules.md");
        DocumentCatalog catalog = DocumentCatalog.of(List.of(doc));
        Chunk row = new ChineseStructureSplitter().split(doc).stream()
                .filter(c -> c.row() && c.text().contains("宣传报道")).findFirst().orElseThrow();
        assertThat(catalog.rowOf(row.path(), row.text())).as("not a task row").isEmpty();
        String question = "考核里宣传报道那项 一年至少得刊发几篇稿子";
        var result = new SearchResult(question, null, List.of(new Passage(row, 1.0, 0.7, List.of())),
                new RelevanceFloor.Evidence(0.7, 0.6, 0, false), true);
        assertThat(new ExtractiveAnswerer().answer(question, result, catalog).text())
                .contains("宣传报道", "少于2篇的扣2分", "县融媒体中心");
    }

    @Test
    void aScoringRowHoldingMoreOfTheQuestionThanTheQuotationIsShownFirst() throws Exception {
        SourceDocument doc = new DocumentReader().parse(RULES.getBytes(StandardCharsets.UTF_8), "rules.md");
        DocumentCatalog catalog = DocumentCatalog.of(List.of(doc));
        List<Chunk> chunks = new ChineseStructureSplitter().split(doc);
        // prose elsewhere that only mentions the topic ranks first
        Chunk intro = new Chunk("x", "rules.md", "考核评价实施细则", "一、总则", "群众满意度测评每季度开展1次。", false);
        Chunk row = chunks.stream().filter(c -> c.row() && c.text().contains("群众满意度")).findFirst().orElseThrow();
        String question = "考核表里群众满意度这项 满意率到多少能拿满分";
        var result = new SearchResult(question, null, List.of(new Passage(intro, 1.0, 0.9, List.of()),
                new Passage(row, 0.9, 0.5, List.of())), new RelevanceFloor.Evidence(0.7, 0.6, 0, false), true);
        var prose = new ExtractiveAnswerer().answer(question, result, catalog, true);
        var reply = new StructuredAnswers(new ExtractiveAnswerer(), r -> java.util.Optional.empty())
                .withTableFact(question, catalog, result, prose).orElseThrow();
        assertThat(reply.body()).startsWith("“序号：3，考核指标：群众满意度").contains("满意率90%以上得满分", "相关原文：");
    }
}
