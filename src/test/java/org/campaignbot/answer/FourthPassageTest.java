package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/**
 * The sentence that answers may stand in a passage ranked below the first three (a long paragraph that BM25's length
 * normalisation pushes down): the sentences of the first five passages close to the best are weighed.
 */
class FourthPassageTest {
    private static Passage passage(String id, String text, double score) {
        return new Passage(new Chunk(id, "minutes.txt", "县领导小组会议纪要", "", text, false), score, 0.6, List.of());
    }

    @Test
    void theBestSentenceOfTheFourthPassageIsQuoted() {
        String question = "县委统一领导 领导小组统筹协调 目的是啥";
        var result = new SearchResult(question, null, List.of(
                passage("a", "领导小组办公室设在县委办公室。", 1.0),
                passage("b", "会议传达学习了动员部署会议精神。", 0.95),
                passage("c", "记录人：县委办公室秘书科。", 0.9),
                passage("d", "坚持县委统一领导、领导小组统筹协调、成员单位各负其责，确保行动开好局、起好步。", 0.85)),
                new RelevanceFloor.Evidence(0.7, 0.8, 0, false), true);
        assertThat(new ExtractiveAnswerer().answer(question, result, DocumentCatalog.EMPTY).text()).contains("开好局");
    }
}
