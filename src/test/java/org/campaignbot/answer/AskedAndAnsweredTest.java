package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.split.Chunk;
import org.junit.jupiter.api.Test;

/** A handbook of questions and answers is quoted by its answers, whole, never by its questions. */
class AskedAndAnsweredTest {
    private static final String TITLE = "青禾市“三抓三促”行动应知应会学习手册";
    private static final String ITEM = "12.问：抓学习促提升方面，对领导干部有哪些要求？\n"
            + "答：概括起来是“三个带头”。一是带头学，市级领导每季度至少参加1次所在党支部集体学习。"
            + "二是带头讲，县处级以上领导干部每半年至少讲1次专题党课。三是带头研，每人每年牵头完成1项调研课题。";

    @Test
    void theWholeAnswerIsQuotedAndTheQuestionNot() {
        String reply = OnePassage.answer("市级领导每季度要参加几次支部学习", TITLE,
                "第一部分　基本概念 > 12.问：抓学习促提升方面，对领导干部有哪些要求", ITEM);
        assertThat(reply.substring(0, reply.indexOf("出处"))).doesNotContain("12.问").contains("概括起来是“三个带头”")
                .contains("带头学").contains("带头讲").contains("带头研");
    }

    @Test
    void proseUnderAnOrdinaryHeadingIsQuotedAsBefore() {
        String reply = OnePassage.answer("市级领导每季度要参加几次支部学习", TITLE, "第一部分　基本概念 > 12.领导干部",
                ITEM.replace("12.问：", "12.").replace("答：", ""));
        assertThat(reply).contains("带头学").doesNotContain("带头研");
    }

    @Test
    void anAnswerThatAnnouncesATableIsQuotedWithItsRows() {
        Passage passage = handbookPassage("第四部分　学习测试安排 > 37.问：测试分几批进行",
                "37.问：测试分几批进行？\n答：测试分两批进行，具体安排如下：");
        var best = new Candidate(0, 1, 1, "答：测试分两批进行，具体安排如下：", 1.0);
        var rows = List.of("批次：第一批，测试时间：2027年4月16日。", "批次：第二批，测试时间：2027年5月14日。");
        var quoted = AskedAndAnswered.withWholeAnswer(List.of(best), List.of(passage), 300, p -> rows);
        assertThat(quoted).extracting(Candidate::text).containsExactly("答：测试分两批进行，具体安排如下：",
                "批次：第一批，测试时间：2027年4月16日。", "批次：第二批，测试时间：2027年5月14日。");
        assertThat(quoted.get(1).paragraph()).as("each row a quotation of its own").isNotEqualTo(quoted.get(2).paragraph() - 1);
    }

    @Test
    void anAnswerTooLongToQuoteWholeIsQuotedFromItsStart() {
        Passage passage = handbookPassage("第二部分　重点任务 > 15.问：年轻干部到基层锻炼有什么安排",
                "15.问：年轻干部到基层锻炼有什么安排？\n"
                + "答：实施“墩苗计划”。选派100名年轻干部到乡镇跟岗锻炼，每批时间6个月。由市委组织部负责选派和日常管理。");
        var lead = new Candidate(0, 1, 1, "答：实施“墩苗计划”。", 1.0);
        var quoted = AskedAndAnswered.withWholeAnswer(List.of(lead), List.of(passage), 50, p -> List.of());
        assertThat(quoted).extracting(Candidate::text)
                .containsExactly("答：实施“墩苗计划”。", "选派100名年轻干部到乡镇跟岗锻炼，每批时间6个月。");
    }

    private static Passage handbookPassage(String section, String text) {
        return new Passage(new Chunk("a", "h.txt", TITLE, section, text, false), 0.7, 0.7, List.of());
    }

    @Test
    void aQuestionAskingTwiceIsNotQuotedEither() {
        String reply = OnePassage.answer("集中培训最少多少学时", TITLE, "第二部分　重点任务 > 13.问：一般干部每年要完成多少学时",
                "13.问：一般干部每年要完成多少学时？线上学时怎么认定？\n答：集中培训不少于30学时。线上学时以平台记录为准。");
        assertThat(reply.substring(0, reply.indexOf("出处"))).doesNotContain("怎么认定？").contains("集中培训不少于30学时");
    }
}
