package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.junit.jupiter.api.Test;

/** Which sentence under a heading is quoted with it: the one the rest of the question points to. */
class UnderHeadingTest {
    static final List<String> PARAGRAPH = List.of(
            "（一）在学深悟透上下功夫。",                                  // 0 the heading
            "要坚持学以致用，把学习成效体现到解决实际问题上。",              // 1
            "各级理论学习中心组要开展专题研讨，领导干部要带头讲党课。",      // 2
            "要办好“干部讲堂”，每两周举办1期。",                           // 3
            "（二）在狠抓落实上下功夫。",                                  // 4 the next heading
            "领导干部要带头落实中心组的部署。");                            // 5 under another heading

    private static int quoted(String question) {
        return Companions.pointedTo(PARAGRAPH, 0,
                Companions.beyond(RelevanceFloor.contentBigrams(question), PARAGRAPH.get(0)));
    }

    @Test
    void theSentenceHoldingWhatTheQuestionAsksBeyondTheHeading() {
        assertThat(quoted("在学深悟透上下功夫 对中心组和领导干部分别咋要求")).isEqualTo(2);
        assertThat(quoted("在学深悟透上下功夫，干部讲堂多久办一次")).isEqualTo(3);
    }

    @Test
    void theSentenceRightAfterTheHeadingWhenTheQuestionAsksNothingMore() {
        assertThat(quoted("在学深悟透上下功夫有哪些要求")).isEqualTo(1);
        assertThat(quoted("在学深悟透上下功夫 乡村振兴咋办")).isEqualTo(1);
    }
}
