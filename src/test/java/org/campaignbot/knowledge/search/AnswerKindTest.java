package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions asking for a phone number, a web address, an hour or a room, against the passages found. */
class AnswerKindTest {
    private static final List<String> PASSAGES = List.of(
            "一是开门纳谏，通过设置意见箱、开通监督电话、召开服务对象座谈会等方式，广泛听取企业和群众的意见。",
            "全面推行“周末不打烊”延时服务。");

    @Test
    void aKindNoPassageHoldsIsMissing() {
        assertThat(AnswerKind.missing("监督电话是多少", PASSAGES)).isTrue();
        assertThat(AnswerKind.missing("网址发一下", PASSAGES)).isTrue();
        assertThat(AnswerKind.missing("周末不打烊 几点到几点开门", PASSAGES)).isTrue();
        assertThat(AnswerKind.missing("意见箱放在哪栋楼", PASSAGES)).isTrue();
        // plans say how often (每两周举办1期), not what the next session holds; nor which app
        assertThat(AnswerKind.missing("干部讲堂下一期讲什么内容", PASSAGES)).isTrue();
        assertThat(AnswerKind.missing("每日一练是在哪个app上答题", PASSAGES)).isTrue();
    }

    @Test
    void aPassageHoldingTheKindAnswersIt() {
        List<String> withContacts = List.of("联系人：局机关纪委 刘珊，电话：0000-12345678。",
                "登录 https://zwfw.example.gov.cn 填报，每天上午9:00至下午5:30，地点：政务大楼3楼。");
        assertThat(AnswerKind.missing("联系电话多少", withContacts)).isFalse();
        assertThat(AnswerKind.missing("网址发一下", withContacts)).isFalse();
        assertThat(AnswerKind.missing("几点开门", withContacts)).isFalse();
        assertThat(AnswerKind.missing("在哪栋楼", withContacts)).isFalse();
    }

    /** 几点 and 几层 also count parts ("讲话有几点", "分成哪几层意思"): those ask for no kind. */
    @Test
    void countsOfPartsAskForNoKind() {
        assertThat(AnswerKind.missing("讲话第二部分有几点", PASSAGES)).isFalse();
        assertThat(AnswerKind.missing("第一部分分成哪几层意思", PASSAGES)).isFalse();
        assertThat(AnswerKind.missing("三抓三促是哪三项行动", PASSAGES)).isFalse();
    }
}
