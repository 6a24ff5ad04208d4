package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceFloorTest {
    @Test
    void quotedTermsAreContentWhateverTheirLength() {
        assertThat(RelevanceFloor.contentRuns("讲话里说的\"纲\"和\"魂\"指的是啥")).contains("纲", "魂");
        assertThat(RelevanceFloor.contentRuns("“四办”是哪四办")).contains("四办");
        // unquoted, a lone character says nothing about the topic
        assertThat(RelevanceFloor.contentRuns("纲和魂指的是啥")).isEmpty();
    }

    /** The words that name the document ("交通局通知") are the passage's too: its title is part of what it says. */
    @Test
    void thePassagesTitleCountsForItsWording() {
        var passage = new Passage(new org.campaignbot.knowledge.split.Chunk("a", "n.md", "交通运输局关于作风整治的通知",
                "1.推诿扯皮", "重点整治对跨科室事项相互推脱、“踢皮球”等问题。"), 1, 0.56, List.of());
        var evidence = RelevanceFloor.evidence("交通局通知里说的踢皮球 具体指啥", List.of(passage), 0, false);
        assertThat(evidence.coverage()).isGreaterThanOrEqualTo(0.5);
        // where in a document and how it is said are not the topic
        assertThat(RelevanceFloor.contentRuns("纪要最后会议要求说了啥")).noneMatch(r -> r.contains("最后") || r.contains("说了"));
        assertThat(RelevanceFloor.contentBigrams("亮红灯是啥情况下亮")).containsExactlyInAnyOrder("亮红", "红灯");
    }

    /** Spoken words that frame a question (lexicon/frame-words.txt) are not its topic; nouns stay. */
    @Test
    void spokenFrameWordsAreNotTheTopic() {
        assertThat(RelevanceFloor.contentRuns("人社局当初为啥要折腾这个练兵")).containsExactly("人社局", "练兵");
        assertThat(RelevanceFloor.contentRuns("一任务一方案 里头得写清楚啥")).noneMatch(r -> r.contains("里头") || r.contains("清楚"));
        assertThat(RelevanceFloor.containsFiller("折腾")).isTrue();
        // "评成较差会有啥后果": the documents state the consequence (约谈, 取消评先资格), never the word for it
        assertThat(RelevanceFloor.contentRuns("评成较差会有啥后果")).noneMatch(r -> r.contains("后果"));
        assertThat(RelevanceFloor.contentRuns("评上好的单位有啥甜头")).noneMatch(r -> r.contains("甜头"));
        assertThat(RelevanceFloor.containsFiller("食堂")).isFalse();
        assertThat(RelevanceFloor.contentRuns("今天食堂吃什么")).anyMatch(r -> r.contains("食堂"));
    }

    @Test
    void bigramsAcrossTwoHeldWordsAreNotLeftOver() {
        List<String> runs = RelevanceFloor.contentRuns("作风整治重点整治");
        assertThat(RelevanceFloor.unheld(runs, "整治重点", "关于开展作风建设专项整治的通知")).isZero();
        assertThat(RelevanceFloor.unheld(RelevanceFloor.contentRuns("乡村振兴重点任务"), "重点任务", "实施方案"))
                .isEqualTo(4); // 乡村, 村振, 振兴 and 兴重: the bigram into 重点 keeps an unheld character
    }

    @Test
    void anUnknownAskedThingIsDeclinedWhateverElseMatches() {
        RelevanceFloor floor = new RelevanceFloor(0.5, 0.7);
        assertThat(floor.accepts(new RelevanceFloor.Evidence(0.9, 1.0, 0, false))).isTrue();
        assertThat(floor.accepts(new RelevanceFloor.Evidence(0.9, 1.0, 0, true))).isFalse();
        assertThat(floor.acceptsByWording(new RelevanceFloor.Evidence(0, 1.0, 0, true))).isFalse();
    }

    /** A why question in its asker's own words shares little wording; the similarity floor is enough for it. */
    @Test
    void aReasonQuestionNeedsTheSimilarityFloorButNotTheWording() {
        RelevanceFloor floor = new RelevanceFloor(0.5, 0.7);
        var paraphrase = new RelevanceFloor.Evidence(0.58, 0.2, 0.3, false);
        assertThat(floor.accepts(paraphrase)).isFalse();
        assertThat(floor.acceptsReasonQuestion(paraphrase)).isTrue();
        assertThat(floor.acceptsReasonQuestion(new RelevanceFloor.Evidence(0.45, 0.2, 0.3, false))).isFalse();
        // less close in meaning but keeping half the passage's wording (为什么不许以材料论英雄)
        var inItsWords = new RelevanceFloor.Evidence(0.42, 0.71, 0, false);
        assertThat(floor.accepts(inItsWords)).isFalse();
        assertThat(floor.acceptsReasonQuestion(inItsWords)).isTrue();
        assertThat(floor.acceptsReasonQuestion(new RelevanceFloor.Evidence(0.38, 0.71, 0, false))).isFalse();
        // still declined: an unknown topic (为什么要搞乡村振兴), an unknown asked-for thing
        assertThat(floor.acceptsReasonQuestion(new RelevanceFloor.Evidence(0.6, 0.2, 0.5, false))).isFalse();
        assertThat(floor.acceptsReasonQuestion(new RelevanceFloor.Evidence(0.6, 0.9, 0, true))).isFalse();
    }

    @Test
    void reasonQuestionsAreRecognisedInTheWaysCadresAsk() {
        assertThat(ReasonQuestion.asks("牵头单位一把手每个月都得听汇报 这是为了啥")).isTrue();
        assertThat(ReasonQuestion.asks("为什么要把学习放在第一位")).isTrue();
        assertThat(ReasonQuestion.asks("领导小组组长是谁")).isFalse();
        // the purpose, asked as the effect wanted
        assertThat(ReasonQuestion.asks("督查方式搞这么多 讲话说最后要达到个啥效果")).isTrue();
        assertThat(ReasonQuestion.asks("交通局整治作风 最终想达到什么样的目标")).isTrue();
        assertThat(ReasonQuestion.asks("整治效果怎么评估")).isFalse();
    }

    @Test
    void wordsThatPointCountOrFrameAQuestionAreNotItsTopic() {
        assertThat(RelevanceFloor.contentRuns("讲话里对那些拖了好多年的老大难 是个啥态度"))
                .noneMatch(r -> r.contains("那些") || r.contains("好多") || r.contains("态度"));
        assertThat(RelevanceFloor.containsFiller("每个")).isTrue();
        assertThat(RelevanceFloor.containsFiller("老大难")).isFalse();
        // how a thing is worded is no topic either: "具体是怎么表述的" is a follow-up of the previous topic
        assertThat(RelevanceFloor.contentBigrams("具体是怎么表述的")).isEmpty();
        // which day of the week is asked, like 哪天: 星期 is no topic the documents lack (they say 每周四)
        assertThat(RelevanceFloor.contentBigrams("无会日定在星期几")).doesNotContain("星期", "期几");
        assertThat(RelevanceFloor.containsFiller("会上")).isTrue();
        assertThat(RelevanceFloor.containsFiller("平时")).isTrue();
    }
}
