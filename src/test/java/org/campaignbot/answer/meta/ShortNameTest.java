package org.campaignbot.answer.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short name is defined by the sentence that brings it in. */
class ShortNameTest {
    private static final String MINUTES = """
            县领导小组第一次会议纪要
            2.关于领导小组办公室。领导小组办公室（简称县行动办）设在县委办公室，周海涛同志兼任主任。县行动办负责平时考核。
            3.关于宣传。开通“xx先锋”公众号（以下简称“先锋号”），每周推送。
            """;

    private static String ask(String question) throws Exception {
        return ShortName.answer(question, Catalogs.of(MINUTES)).map(r -> r.text()).orElse("");
    }

    @Test
    void theSentenceThatBringsTheShortNameInDefinesIt() throws Exception {
        assertThat(ask("县行动办是个啥机构")).contains("领导小组办公室（简称县行动办）设在县委办公室").doesNotContain("负责平时考核");
        assertThat(ask("先锋号的全称是啥")).contains("（以下简称“先锋号”）");
    }

    @Test
    void aNameNoSentenceBringsInOrAnotherQuestionIsNotAnswered() throws Exception {
        assertThat(ask("行动办是什么")).as("县行动办 is another name").isEmpty();
        assertThat(ask("县行动办设在哪")).isEmpty();
    }
}
