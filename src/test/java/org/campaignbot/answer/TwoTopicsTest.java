package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question about two things at once gets a sentence on each of them. */
class TwoTopicsTest {
    private static final String PARAGRAPH = "要建立领导包抓责任制。领导包抓要一级抓一级。领导包抓要层层抓落实。"
            + "领导包抓要明确职责。要建立健全考核评价体系,将行动纳入年度目标责任考核。";

    private static String answer(String question) {
        return OnePassage.answer(question, "动员讲话", "三、加强组织领导 > 第一,强化责任落实", PARAGRAPH);
    }

    @Test
    void eachThingNamedGetsItsSentence() {
        assertThat(TwoTopics.of("领导包抓和考核这两块咋讲的")).hasSize(2);
        assertThat(TwoTopics.of("领导包抓和考核咋讲的")).as("not said to be two").isEmpty();
        assertThat(answer("讲话说领导包抓和考核这两块咋讲的"))
                .contains("领导包抓责任制", "年度目标责任考核");
    }
}
