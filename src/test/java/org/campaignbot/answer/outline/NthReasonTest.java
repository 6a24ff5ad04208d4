package org.campaignbot.answer.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** "第二条理由是什么": the second of the parts that give the reasons, whichever of them matches the words best. */
class NthReasonTest {
    static final String SPEECH = """
            在动员会上的讲话
            一、统一思想认识
            第一,开展行动,是贯彻落实上级嘱托的现实需要。要不折不扣抓落实。
            第二,开展行动,是推动高质量发展的迫切需要。当前正处于转型发展的关键时期。
            第三,开展行动,是提升群众满意度的必然选择。群众的向往是出发点。
            二、聚焦重点任务
            第一,抓学习促提升。学习是前提。
            第二,抓执行促落实。执行是检验。
            """;

    @Test
    void theNumberedReasonIsTheAnswerNotTheBestMatchingOne() throws Exception {
        DocumentCatalog catalog = SectionFinderTest.catalogOf(SPEECH, "s.txt");
        String title = catalog.documents().get(0).title();
        // retrieval ranks the first reason best: it shares the question's words
        Passage first = new Passage(new Chunk("s#1", "s.txt", title, pathOf(catalog, "第一,开展"),
                "第一,开展行动,是贯彻落实上级嘱托的现实需要。要不折不扣抓落实。", false), 1, 0.7, List.of());
        String reply = NthReason.answer("为啥要开展行动 第二条理由是什么", catalog, List.of(first)).orElseThrow().text();
        assertThat(reply).contains("推动高质量发展的迫切需要").doesNotContain("现实需要");
        // parts that are not reasons, or no number, or no why: nothing here
        Passage tasks = new Passage(new Chunk("s#4", "s.txt", title, pathOf(catalog, "第一,抓学习"),
                "第一,抓学习促提升。学习是前提。", false), 1, 0.7, List.of());
        assertThat(NthReason.answer("第二个原因是什么", catalog, List.of(tasks))).isEmpty();
        assertThat(NthReason.answer("为啥要开展行动", catalog, List.of(first))).isEmpty();
    }

    private static String pathOf(DocumentCatalog catalog, String headingStart) {
        return catalog.documents().get(0).outline().flatten().stream()
                .filter(s -> s.heading().startsWith(headingStart)).findFirst().orElseThrow().path();
    }
}
