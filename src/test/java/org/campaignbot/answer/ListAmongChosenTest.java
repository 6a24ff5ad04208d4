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
 * "推进会指出了哪些问题": the best sentence only mentions the topic (the opening's "分析存在的问题"); the list is
 * announced by another chosen sentence ("清醒看到存在的问题。有的…；有的…"), and its items are quoted.
 */
class ListAmongChosenTest {
    private static Passage passage(String id, String text, double similarity) {
        return new Passage(new Chunk(id, "speech.txt", "推进会上的讲话", "", text, false), similarity, similarity, List.of());
    }

    @Test
    void theItemsOfAListAnnouncedByAnyChosenSentenceAreQuoted() {
        var result = new SearchResult("推进会指出了哪些问题", null, List.of(
                passage("a", "今天召开这次推进会，主要任务是总结前一阶段工作开展情况，分析存在的问题，安排部署下一阶段重点工作。", 0.66),
                passage("b", "在肯定成绩的同时，我们也要清醒看到存在的问题。有的单位学用脱节，与推动工作结合不紧；"
                        + "有的干部执行打折扣，遇到难题绕着走；有的任务进度滞后。对这些问题，要限期整改到位。", 0.76)),
                new RelevanceFloor.Evidence(0.66, 0.5, 0, false), true);
        String reply = new ExtractiveAnswerer().answer("推进会指出了哪些问题", result, DocumentCatalog.EMPTY).text();
        assertThat(reply).contains("学用脱节", "执行打折扣", "进度滞后");
    }
}
