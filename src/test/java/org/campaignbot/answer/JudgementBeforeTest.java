package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A why question about a requirement gets the short judgement that opens its paragraph: the requirement's reason. */
class JudgementBeforeTest {
    private static final String PARAGRAPH = "作风是行动成败的关键。各级领导干部要带头转变作风，深入基层一线调查研究，每季度到基层调研不少于5天。"
            + "要严格考核奖惩，把行动成效作为干部考核的重要内容。";

    private static String answer(String question) {
        return OnePassage.answer(question, "推进会上的讲话", "", PARAGRAPH);
    }

    @Test
    void aWhyQuestionGetsTheJudgementBeforeTheRequirement() {
        assertThat(answer("为啥要求领导干部带头转作风 下基层调研"))
                .contains("“作风是行动成败的关键。各级领导干部要带头转变作风");
    }

    @Test
    void otherQuestionsGetTheRequirementAlone() {
        assertThat(answer("领导干部每季度到基层调研多少天")).contains("不少于5天").doesNotContain("关键");
    }

    @Test
    void aWhyQuestionGetsTheReasonsTheSentenceAfterTheJudgementGives() {
        String paragraph = "督查组反馈的问题主要集中在4个方面。这些问题表现在基层，根子在领导班子。"
                + "究其原因，一是思想上重视不够；二是责任上传导不够；三是机制上衔接不够。各责任单位要从思想根源上找差距。";
        assertThat(OnePassage.answer("这些问题根子在哪 为啥会出这些问题", "整改方案", "", paragraph))
                .contains("思想上重视不够", "机制上衔接不够");
    }
}
