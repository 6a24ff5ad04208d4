package org.campaignbot.answer.duty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For every character and character pair of the task rows' searchable text, the rows that hold it. A question about
 * one task is matched against every row of the knowledge base by the share of its topic bigrams each row holds;
 * testing each bigram against each row's text cost half the time of a chat reply at a thousand plans (ten thousand
 * rows), while counting through these lists costs a few list walks per question. The counts are exactly those of
 * {@code text.contains(gram)}.
 */
final class RowGrams {
    private static final int[] NONE = new int[0];

    private final List<String> texts;
    private final Map<String, int[]> rowsHolding;

    RowGrams(List<String> texts) {
        this.texts = texts;
        Map<String, int[]> lists = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int row = 0; row < texts.size(); row++) {
            for (String gram : gramsOf(texts.get(row))) {
                int[] list = lists.getOrDefault(gram, NONE);
                int size = sizes.getOrDefault(gram, 0);
                if (size == list.length) {
                    list = Arrays.copyOf(list, Math.max(4, size * 2));
                    lists.put(gram, list);
                }
                list[size] = row;
                sizes.put(gram, size + 1);
            }
        }
        lists.replaceAll((gram, list) -> Arrays.copyOf(list, sizes.get(gram)));
        this.rowsHolding = lists;
    }

    /** For each row, in the order of the texts, how many of {@code grams} its text contains. */
    int[] counts(Set<String> grams) {
        int[] counts = new int[texts.size()];
        for (String gram : grams) {
            if (gram.length() <= 2) {
                for (int row : rowsHolding.getOrDefault(gram, NONE)) {
                    counts[row]++;
                }
            } else { // longer grams are not listed; questions' content bigrams never are
                for (int row = 0; row < counts.length; row++) {
                    counts[row] += texts.get(row).contains(gram) ? 1 : 0;
                }
            }
        }
        return counts;
    }

    private static Set<String> gramsOf(String text) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            grams.add(text.substring(i, i + 1));
            if (i + 2 <= text.length()) {
                grams.add(text.substring(i, i + 2));
            }
        }
        return grams;
    }
}
