package org.campaignbot.answer.followup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a follow-up's new topic may replace in the previous question, and which of them the documents list together
 * ("好、较好、一般、较差"): "评一般呢" after "评了较差会咋样" replaces 较差, its fellow item, not another name the
 * question also holds (单位).
 *
 * @param names      headings' keys, people, units, list items
 * @param listedWith each list item's fellow items
 * @param tables     each task table's tasks in row order, so "那第七项归谁" after an answer from one row of it means
 *                   the table's seventh row
 */
public record TopicNames(Collection<String> names, Map<String, Set<String>> listedWith, List<List<String>> tables) {
    public static TopicNames of(Collection<String> names) {
        return new TopicNames(names, Map.of(), List.of());
    }

    /** The n-th task (from 1) of the table that holds the task, or "". */
    String rowOfSameTable(String task, int n) {
        for (List<String> table : tables) {
            if (table.contains(task)) {
                return n >= 1 && n <= table.size() ? table.get(n - 1) : "";
            }
        }
        return "";
    }

    /** True when the name is listed together with an item the topic holds. */
    boolean listedWithItemOf(String name, String topic) {
        return listedWith.getOrDefault(name, Set.of()).stream().anyMatch(topic::contains);
    }
}
