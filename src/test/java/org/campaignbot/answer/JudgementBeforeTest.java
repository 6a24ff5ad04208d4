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
}
