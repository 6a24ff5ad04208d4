package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A why-answer whose first quotation opens a part that gives its reasons as points quotes the points after it. */
class ReasonPointsTest {
    static final String SPEECH = """
            动员讲话
            一、统一思想认识
            开展“三抓三促”行动，是省委狠抓贯彻落实的务实举措。
            第一，开展“三抓三促”行动，是贯彻落实习近平总书记殷殷嘱托的现实需要。嘱托饱含深情。
            第二，开展“三抓三促”行动，是推动高质量发展的迫切需要。发展任务艰巨。
            第三，开展“三抓三促”行动，是提升人民群众幸福感和满意度的必然选择。群众期盼很高。
            二、聚焦重点任务
            要抓好学习。
            """;

    private static String answer(String question, String section, String passageText) throws Exception {
        DocumentCatalog catalog = DocumentCatalog.of(List.of(new DocumentReader().parse(
                SPEECH.getBytes(StandardCharsets.UTF_8), "speech.txt")));
        var result = new SearchResult(question, null, List.of(new Passage(
                new Chunk("a", "speech.txt", "动员讲话", section, passageText, false), 0.7, 0.7, List.of())),
                new RelevanceFloor.Evidence(0.7, 0.6, 0, false), true);
        return new ExtractiveAnswerer().answer(question, result, catalog).text();
    }

    @Test
    void thePointsFollowTheOpeningSentenceInTheirOrder() throws Exception {
        String reply = answer("为什么要开展三抓三促", "一、统一思想认识", "开展“三抓三促”行动，是省委狠抓贯彻落实的务实举措。");
        assertThat(reply).containsSubsequence("务实举措", "殷殷嘱托的现实需要", "推动高质量发展的迫切需要", "幸福感和满意度的必然选择");
        assertThat(reply).doesNotContain("嘱托饱含深情"); // the points, not their bodies
    }

    @Test
    void aPartWhosePointsGiveNoReasonsAddsNothing() throws Exception {
        String reply = answer("为什么要抓好学习", "二、聚焦重点任务", "要抓好学习。");
        assertThat(reply).doesNotContain("第一");
        assertThat(answer("开展三抓三促是什么举措", "一、统一思想认识", "开展“三抓三促”行动，是省委狠抓贯彻落实的务实举措。"))
                .as("not a why-question").doesNotContain("现实需要");
    }
}
