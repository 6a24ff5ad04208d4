package org.campaignbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;

/**
 * Questions like "三抓三促是哪三项行动？" or "要做到哪些方面？" ask for a list, and the sentence that answers them
 * enumerates (A、B、C). When the question names the count (哪三项), an enumeration of exactly that many items is the
 * strongest sign; embeddings of long sentences blur this, so it is scored explicitly.
 */
record ListQuestion(boolean asksForList, int count) {
    private static final Pattern ASKS = Pattern.compile("哪些|哪几|哪([一二两三四五六七八九十])|包括|有什么|分别");
    private static final Pattern DEFINES = Pattern.compile("什么是|是什么|指的是|指什么|是指|含义|什么意思|啥意思|是啥|怎么理解");
    /** The numeral of a numbered term: 三抓三促, 四个意识, 两个维护, 四办. */
    private static final Pattern TERM_NUMERAL = Pattern.compile("([一二两三四五六七八九十])(?:个|项|抓|办|感|化|大|条)");
    private static final Pattern CLAUSE = Pattern.compile("[,，。；;：:“”\"（）()]");
    static final double COUNT_BONUS = 0.15;
    static final double LIST_BONUS = 0.03;

    static ListQuestion of(String question) {
        Matcher m = ASKS.matcher(question);
        if (!m.find()) {
            return definition(question);
        }
        String numeral = m.group(1);
        int count = ChineseNumerals.parse(numeral);
        return new ListQuestion(true, count);
    }

    /**
     * "什么是三抓三促" / "四个意识指的是什么": a numbered term is defined by spelling out its parts, so the sentence that
     * enumerates as many items as the term's numeral says is the answer (三抓三促 → 抓学习促提升、抓执行促落实、抓效能促发展).
     */
    private static ListQuestion definition(String question) {
        Matcher d = DEFINES.matcher(question);
        if (!d.find()) {
            return new ListQuestion(false, 0);
        }
        Matcher numeral = TERM_NUMERAL.matcher(question);
        int count = numeral.find() ? ChineseNumerals.parse(numeral.group(1)) : 0;
        return new ListQuestion(true, count);
    }

    double bonus(String sentence) {
        if (!asksForList) {
            return 0;
        }
        int longest = 0;
        boolean exact = false;
        for (String clause : CLAUSE.split(sentence)) {
            int items = (int) clause.chars().filter(ch -> ch == '、').count() + 1;
            longest = Math.max(longest, items);
            exact |= items == count;
        }
        if (count > 1 && exact) {
            return COUNT_BONUS;
        }
        return longest >= 3 ? LIST_BONUS : 0;
    }
}
