package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A question that says which kind of document it asks about is quoted from that kind when one is among the passages. */
class StatedKindTest {
    private static Passage passage(String id, String title, String text, double score) {
        return new Passage(new Chunk(id, id + ".md", title, "", text, false), score, 0.6, List.of());
    }

    private static String answer(String question) {
        return quoted(question,
                passage("plan", "市政务服务管理局工作方案", "（三）营造争先氛围。每季度评选一批服务之星，营造比学赶超的浓厚氛围。", 1.0),
                passage("speech", "在动员部署会议上的讲话", "动员各级各部门和广大干部迅速行动起来，营造争先进位的浓厚氛围。", 0.9));
    }

    /** The extractive reply to the question from these passages, found in this order. */
    private static String quoted(String question, Passage... found) {
        var result = new SearchResult(question, null, List.of(found), new RelevanceFloor.Evidence(0.7, 0.8, 0, false), true);
        return new ExtractiveAnswerer().answer(question, result, DocumentCatalog.EMPTY).text();
    }

    @Test
    void theSpeechIsQuotedWhenTheQuestionSaysItAsksAboutTheSpeech() {
        assertThat(answer("讲话要求营造一种什么样的氛围")).contains("争先进位").doesNotContain("服务之星");
    }

    @Test
    void withoutAKindNamedTheBestPassageIsQuoted() {
        assertThat(answer("要营造一种什么样的氛围")).contains("服务之星");
    }

    @Test
    void aDocumentTheQuestionNamesIsQuotedWhenOneOfItsPassagesIsAmongThoseWeighed() {
        String question = "推进会为啥要少开会少发文";
        var result = new SearchResult(question, null, List.of(
                passage("notice", "交通运输局作风整治的通知", "从严控制发文和会议，内部工作会议一般不超过1小时。", 1.0),
                passage("later", "在推进会上的讲话", "要少开会、开短会，少发文、发短文，让基层干部把更多精力用在抓落实上。", 0.8)),
                new RelevanceFloor.Evidence(0.7, 0.8, 0, false), true, List.of(), java.util.Set.of("在推进会上的讲话"));
        assertThat(new ExtractiveAnswerer().answer(question, result, DocumentCatalog.EMPTY).text())
                .contains("抓落实上").doesNotContain("内部工作会议");
    }

    @Test
    void aQuestionAboutTheCitysPlanIsNotQuotedFromADistrictsPlan() {
        assertThat(quoted("市里方案说重点任务进度拖了 咋催",
                passage("district", "南岭区督查反馈问题整改方案", "全区有9项重点任务进度滞后，要挂图作战、倒排工期。", 1.0),
                passage("city", "xx市行动实施方案", "对进度滞后的任务实行黄灯提醒、红灯督办。", 0.8)))
                .contains("红灯督办").doesNotContain("倒排工期");
    }
}
