package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A question asking how often or how far is answered by the sentence that gives a frequency or the figures. */
class FiguresAskedTest {
    @Test
    void theSentenceWithAFrequencyIsQuotedFirst() {
        String question = "专题培训班多久办一期";
        var result = new SearchResult(question, null, List.of(
                passage("a", "市委党校举办第3期专题培训班，重点培训乡镇党政正职。", 0.9),
                passage("b", "专题培训班每季度举办1期。", 0.9)),
                new RelevanceFloor.Evidence(0.7, 0.8, 0, false), true);
        String text = new ExtractiveAnswerer().answer(question, result, DocumentCatalog.EMPTY).text();
        assertThat(text).startsWith("“专题培训班每季度举办1期。”");
    }

    private static Passage passage(String id, String text, double score) {
        return new Passage(new Chunk(id, id + ".md", "实施方案", "", text, false), score, 0.6, List.of());
    }

    @Test
    void onlyAHowOftenQuestionGetsTheBonus() {
        assertThat(FiguresAsked.of("座谈会多久得开一回").howOften()).isTrue();
        assertThat(FiguresAsked.of("座谈会由谁主持").howOften()).isFalse();
        assertThat(new FiguresAsked(true, false).bonus("每季度至少召开1次座谈会。")).isPositive();
        assertThat(new FiguresAsked(true, false).bonus("召开服务对象座谈会。")).isZero();
    }

    @Test
    void aProgressQuestionUnderAHeadingGetsTheSentenceWithTheFigures() {
        String text = OnePassage.answer("执行落实那块 台账里的任务现在办得咋样了", "工作简报", "一、总体推进情况 > （二）执行落实持续加力",
                "（二）执行落实持续加力\n2027年度督办台账共纳入重点任务142项。截至2月底，已办结39项，进度滞后12项。市行动办发出黄灯提醒23次。");
        assertThat(text).contains("已办结39项");
        assertThat(FiguresAsked.of("台账任务办得咋样了").holds("共纳入重点任务142项。")).isFalse();
        assertThat(FiguresAsked.of("执行落实有哪些要求").holds("共纳入重点任务142项。")).isTrue();
    }
}
