package org.campaignbot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.PerCatalog;

/**
 * "县领导小组第二次全体会议定了哪些事", "应知应会第五批测试啥时候考", "第4期简报是几号印发的": a meeting, batch or issue
 * named by its number when the documents number such things but never with that number. The passages about the first
 * meeting or the other batches answer a question about them, not this one, however well their words match.
 */
final class MissingOrdinal {
    /** 第二次, 第五批, 第4期, 第三轮, 第十届: things that happen or appear one after another. */
    private static final Pattern ORDINAL = Pattern.compile("第([一二两三四五六七八九十\\d]{1,3})(次|批|期|轮|届)");
    private static final PerCatalog<Map<String, Set<Integer>>> NUMBERED = new PerCatalog<>(MissingOrdinal::numbered);

    private MissingOrdinal() {
    }

    /** True when the question numbers a thing of a kind the documents number, with a number they never use. */
    static boolean asks(String question, DocumentCatalog catalog) {
        Matcher m = ORDINAL.matcher(HalfWidth.of(question));
        while (m.find()) {
            Set<Integer> used = NUMBERED.of(catalog).get(m.group(2));
            int n = ChineseNumerals.parse(m.group(1));
            if (n > 0 && used != null && !used.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** For each counting word, the numbers the documents give things of that kind. */
    private static Map<String, Set<Integer>> numbered(DocumentCatalog catalog) {
        Map<String, Set<Integer>> numbers = new HashMap<>();
        for (DocumentFacts doc : catalog.documents()) {
            Matcher m = ORDINAL.matcher(HalfWidth.of(doc.text()));
            while (m.find()) {
                int n = ChineseNumerals.parse(m.group(1));
                if (n > 0) {
                    numbers.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(n);
                }
            }
        }
        return numbers;
    }
}
