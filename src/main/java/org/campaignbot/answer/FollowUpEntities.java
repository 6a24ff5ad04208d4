package org.campaignbot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.campaignbot.answer.outline.SloganHalf;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * Names a follow-up's new topic may replace in the previous question: heading topics (and a slogan's first half),
 * people and units, and the items of the documents' short lists ("好、较好、一般、较差": "评一般呢" after "评了较差会咋样").
 */
final class FollowUpEntities {
    private FollowUpEntities() {
    }

    static org.campaignbot.answer.followup.TopicNames of(DocumentCatalog catalog) {
        Set<String> names = new LinkedHashSet<>();
        java.util.Map<String, Set<String>> listedWith = new java.util.HashMap<>();
        List<List<String>> tables = new java.util.ArrayList<>();
        for (DocumentFacts d : catalog.documents()) {
            Set<String> items = new LinkedHashSet<>(); // after the headings' names, as ties go to the first
            for (Section s : d.outline().flatten()) {
                for (String sentence : s.body()) {
                    for (List<String> list : lists(sentence)) {
                        items.addAll(list);
                        list.forEach(item -> listedWith.computeIfAbsent(item, k -> new java.util.HashSet<>()).addAll(list));
                    }
                }
                if (s.level() > 0) {
                    String topic = s.topic();
                    int comma = topic.indexOf('，') >= 0 ? topic.indexOf('，') : topic.indexOf(',');
                    String key = comma >= 4 ? topic.substring(0, comma) : topic;
                    names.add(key);
                    SloganHalf.of(key).ifPresent(names::add); // "抓学习这块", replaced by "那抓执行那条呢"
                }
            }
            names.addAll(items);
            names.addAll(DefinedTerm.termsDefinedIn(d.text())); // "那双签字呢" after "三色预警咋分的": one defined term for another
            java.util.Map<Integer, List<String>> byTable = new java.util.TreeMap<>();
            d.rows().stream().filter(r -> r.tableIndex() >= 0)
                    .forEach(r -> byTable.computeIfAbsent(r.tableIndex(), k -> new java.util.ArrayList<>()).add(r.task()));
            tables.addAll(byTable.values());
            for (TaskRow r : d.rows()) {
                names.addAll(r.owners());
                names.addAll(r.leadUnits());
                names.addAll(r.coUnits());
            }
        }
        listedWith.forEach((item, fellows) -> fellows.remove(item));
        return new org.campaignbot.answer.followup.TopicNames(names, listedWith, tables);
    }

    /** A list of three or more short items parted by 、 ("报纸、电视、广播、网络"). */
    private static final java.util.regex.Pattern LIST = java.util.regex.Pattern.compile(
            "(?:\\p{IsHan}{1,5}、){2,}\\p{IsHan}{1,5}");
    /** Words a list item may open with that belong to the sentence, not the item ("分为好", "包括报纸"). */
    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile("^.*(?:分为|分成|包括|包含|如|即)");
    /** Words a list's last item may close with that count or name the set ("较差四个等次", "网络等媒体"). */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("(?:等|[一二两三四五六七八九十几]+(?:个|项|类|种|大)?).*$");

    /** The sentence's short lists, each as its items of two to five characters. */
    static List<List<String>> lists(String sentence) {
        List<List<String>> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = LIST.matcher(sentence);
        while (m.find()) {
            String[] items = m.group().split("、");
            List<String> list = new java.util.ArrayList<>();
            // the first item's start is where the sentence's own words end: no longer than the longest other item
            int longest = java.util.Arrays.stream(items, 1, items.length - 1).mapToInt(String::length).max().orElse(5);
            for (int i = 0; i < items.length; i++) {
                String item = i == 0 ? LEAD.matcher(items[i]).replaceFirst("") : items[i];
                item = i == 0 && item.length() > longest ? item.substring(item.length() - longest) : item;
                item = i == items.length - 1 ? COUNT.matcher(item).replaceFirst("") : item;
                if (item.length() >= 2 && item.length() <= 5) {
                    list.add(item);
                }
            }
            out.add(list);
        }
        return out;
    }
}
