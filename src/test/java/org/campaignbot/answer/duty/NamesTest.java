package org.campaignbot.answer.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the person or unit a question names among all of a knowledge base's names. */
class NamesTest {
    final Rows.Names units = new Rows.Names(new LinkedHashSet<>(List.of("市委组织部", "组织部", "市委党校", "市政务服务管理局")));

    @Test
    void theLongestNameInTheQuestionWins() {
        assertThat(units.longestIn("市委组织部牵头哪些任务")).isEqualTo("市委组织部");
        assertThat(units.longestIn("市政务服务管理局要做什么")).isEqualTo("市政务服务管理局");
    }

    @Test
    void aNameWithoutTheCityPrefixIsFoundAndTheFirstNameOfThatLengthWins() {
        // "组织部" is 市委组织部 without its prefix and also a name of its own: the one met first in the documents wins
        assertThat(units.longestIn("组织部负责什么")).isEqualTo("市委组织部");
        assertThat(units.longestIn("党校要做什么")).isEmpty(); // a short form of two characters names nothing
        assertThat(units.longestIn("乡村振兴局负责什么")).isEmpty();
    }
}
