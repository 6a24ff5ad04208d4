package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterisationTest {
    static final String FOUR_TERMS = "开展“三抓三促”行动,是省委狠抓贯彻落实的务实举措、增强能力素质的重要途径、锤炼过硬作风的关键手段、"
            + "提高工作效能的有效方式,目的就是动员激励广大党员干部坚持干字当头、落实为要。";
    static final String ONE_TERM = "第一,开展“三抓三促”行动,是贯彻落实习近平总书记殷殷嘱托的现实需要。";

    @Test
    void questionsAboutHowAThingIsCharacterisedAreRecognised() {
        assertThat(Characterisation.asks("讲话怎么给三抓三促定位的")).isTrue();
        assertThat(Characterisation.asks("动员会讲话咋给三抓三促行动定性的 说它是个啥")).isTrue();
        assertThat(Characterisation.asks("这个行动对干部作风来讲算个啥")).isTrue();
        assertThat(Characterisation.asks("三抓三促有哪些要求")).isFalse();
        assertThat(Characterisation.asks("为啥要搞三抓三促")).isFalse();
    }

    @Test
    void aSentenceThatPlacesTheThingInMoreTermsScoresMore() {
        assertThat(Characterisation.bonus(true, FOUR_TERMS)).isGreaterThan(Characterisation.bonus(true, ONE_TERM));
        assertThat(Characterisation.bonus(true, ONE_TERM)).isPositive();
        assertThat(Characterisation.bonus(true, "要加强对重点项目的跟踪服务。")).isZero();
        assertThat(Characterisation.bonus(false, FOUR_TERMS)).isZero();
    }
}
