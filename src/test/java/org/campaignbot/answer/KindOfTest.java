package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "一刀切算哪一类问题": the kind a thing is listed under is its item's heading, quoted with the sentence naming it. */
class KindOfTest {
    private static final String PARAGRAPH = "2.执法不规范。重点整治交通执法中随意执法、选择性执法、以罚代管和“一刀切”等问题。";

    private static String answer(String question) {
        return OnePassage.answer(question, "作风整治的通知", "二、整治重点 > 2.执法不规范", PARAGRAPH);
    }

    @Test
    void theKindIsTheHeadingAThingIsListedUnder() {
        assertThat(answer("通知里的一刀切 算哪一类问题")).contains("“2.执法不规范。重点整治交通执法中");
    }
}
