package org.campaignbot.answer.duty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.junit.jupiter.api.Test;

class RowGramsTest {
    private static final List<String> TASKS = List.of(
            "制定容错纠错实施办法", "开展政务服务事项清单梳理 发文压减20%以上", "建立重点任务台账", "容错");

    /** The lists must count exactly as testing each gram against each text does, for any question. */
    @Test
    void countsWhatContainsCounts() {
        RowGrams grams = new RowGrams(TASKS);
        for (String question : List.of("容错纠错实施办法由谁牵头", "发文压减多少", "台账 A 20", "乡村振兴有哪些任务",
                "“容错纠错实施”是什么")) {
            Set<String> asked = new LinkedHashSet<>(RelevanceFloor.contentBigrams(question));
            asked.add("纠错实施"); // a gram longer than two characters is counted too
            assertArrayEquals(byContains(asked), grams.counts(asked), question);
        }
    }

    private static int[] byContains(Set<String> grams) {
        return TASKS.stream().mapToInt(t -> (int) grams.stream().filter(t::contains).count()).toArray();
    }
}
