package org.campaignbot.answer.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's post is quoted from where a document writes it beside the name. */
class PersonTitleTest {
    private static final String MINUTES = """
            县领导小组第一次会议纪要
            参会人员：林志远（县委副书记、县长），孙立（县纪委副书记、县监委副主任）。
            1.关于考核评价。由县委组织部牵头，县委常委、组织部部长陈晓梅同志负责。
            """;

    private static String ask(String question) throws Exception {
        return PersonTitle.answer(question, Catalogs.of(MINUTES)).map(r -> r.text()).orElse("");
    }

    @Test
    void thePostInBracketsAfterTheNameOrBeforeIt() throws Exception {
        assertThat(ask("孙立同志是啥职务")).contains("“孙立（县纪委副书记、县监委副主任）”[1]", "会议纪要》");
        assertThat(ask("陈晓梅担任什么职务")).contains("“县委常委、组织部部长陈晓梅同志”[1]");
    }

    @Test
    void aPersonNoDocumentGivesAPostForIsNotAnswered() throws Exception {
        assertThat(ask("赵敏是什么职务")).isEmpty();
        assertThat(ask("陈晓梅负责哪些任务")).isEmpty();
    }
}
