package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kind of thing asked for (points) is quoted from the sentence right after the best one when that one lacks it. */
class KindAskedNextTest {
    private static final String PARAGRAPH = "考核等次分为好、较好、一般、较差四个等次。"
            + "年度总分90分（含）以上为“好”，70分以下为“较差”。本细则自印发之日起施行。";

    private static String answer(String question) {
        return OnePassage.answer(question, "考核细则", "五、结果运用 > （一）等次划分", PARAGRAPH);
    }

    @Test
    void thePointsFollowTheGrades() {
        assertThat(answer("考核等次分为哪四个等次 几分算好几分算较差")).contains("四个等次", "90分（含）以上");
    }
}
