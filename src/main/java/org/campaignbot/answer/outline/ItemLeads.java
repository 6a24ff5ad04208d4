package org.campaignbot.answer.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;

/**
 * What to quote of a part too long for a chat reply when it lists its points as "一是…。二是…。三是…。" or its cases
 * as "有的…；有的…；" (a speech's
 * "第二，要在攻坚破难上求突破。" paragraph): its opening sentence and every point, each with the sentence after it while
 * the reply stays short. Quoting from the top until the budget ran out dropped the last points, which a cadre asking
 * "具体怎么抓" wants as much as the first.
 */
final class ItemLeads {
    private static final Pattern ITEM = Pattern.compile("^([一二三四五六七八九十])是");
    /** "有的单位学用脱节…；有的干部…；": a list of cases, not numbered. */
    private static final Pattern CASE = Pattern.compile("^(?:有的|有些)");
    private static final int MIN_ITEMS = 2;

    private ItemLeads() {
    }

    /** The sentences to quote, in order; empty when the part fits the budget whole or lists no points this way. */
    static Optional<List<String>> pick(List<String> body, int budget) {
        if (body.stream().mapToInt(String::length).sum() <= budget) {
            return Optional.empty();
        }
        List<Integer> items = new ArrayList<>();
        List<Integer> runStarts = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < body.size(); i++) {
            var m = ITEM.matcher(body.get(i).strip());
            int n = m.find() ? ChineseNumerals.parse(m.group(1)) : 0;
            if (n == 1) {
                runStarts.add(i); // "一是" starts a list: the achievements, then the problems ("在肯定成绩的同时…一是…")
            }
            if (n > 0 && (n == 1 || n == expected)) {
                items.add(i);
                expected = n + 1;
            } else if (CASE.matcher(body.get(i).strip()).find()) {
                if (items.isEmpty() || items.get(items.size() - 1) != i - 1) {
                    runStarts.add(i);
                }
                items.add(i);
            }
        }
        if (items.size() < MIN_ITEMS) {
            return Optional.empty();
        }
        TreeSet<Integer> chosen = new TreeSet<>(items);
        chosen.add(0); // the part's opening sentence says what the points are for
        int chars = chosen.stream().mapToInt(i -> body.get(i).length()).sum();
        // then the sentence that introduces each later list, then each point's next sentence, while the reply is short
        for (int start : runStarts) {
            chars += addIfRoom(body, start - 1, chosen, chars, budget);
        }
        for (int item : items) {
            chars += addIfRoom(body, item + 1, chosen, chars, budget);
        }
        return Optional.of(chosen.stream().map(body::get).toList());
    }

    /** Adds the sentence at {@code i} when it is not chosen yet and fits; returns the characters added. */
    private static int addIfRoom(List<String> body, int i, TreeSet<Integer> chosen, int chars, int budget) {
        if (i < 0 || i >= body.size() || chosen.contains(i) || chars + body.get(i).length() > budget) {
            return 0;
        }
        chosen.add(i);
        return body.get(i).length();
    }
}
