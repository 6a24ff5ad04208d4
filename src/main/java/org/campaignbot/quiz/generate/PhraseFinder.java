package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the key phrases of a sentence by the patterns official Chinese prose is built from: definitions
 * ({@code 学习是提高能力素质的根本途径}), quoted terms ({@code “放管服”}), goals ({@code 以提高行政效能为目标}) and
 * enumerations ({@code 网络平台、专题讲座、实地考察等}). Parallel phrases are what make wrong options plausible.
 */
final class PhraseFinder {
    public static final String DEFINITION_FAMILY = "definition";
    private static final Pattern CLAUSE = Pattern.compile("[^,，;；:：。！？!?]+");
    private static final Pattern DEFINITION = Pattern.compile("是.+的([\\p{IsHan}&&[^的]]{2,8})$");
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,12})”");
    private static final Pattern PURPOSE = Pattern.compile("以([\\p{IsHan}]{2,12}?)为(?:目标|契机|指导|重点|抓手|核心)");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]{2,12}");
    private static final Set<String> TOO_EASY = Set.of("三抓三促");
    // where the last item of an enumeration ends: "实地考察等多种形式", "抓效能促发展”行动", "争先进位的浓厚氛围"
    private static final String ITEM_END = "等的”";
    // a phrase does not start with a particle: "的紧迫感" is a bad cut of "时不我待的紧迫感"
    private static final String NOT_A_START = "的和与及了在是把对";

    /** An enumeration: its items in order, and the span from the first item's start to the last item's end. */
    public record Run(List<Phrase> items, int start, int end) {
    }

    public record Found(List<Phrase> phrases, List<Run> runs) {
    }

    private PhraseFinder() {
    }

    public static Found find(String body) {
        List<Phrase> phrases = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        Matcher clause = CLAUSE.matcher(body);
        while (clause.find()) {
            String c = clause.group();
            int at = clause.start();
            Matcher def = DEFINITION.matcher(c);
            if (def.find()) {
                add(phrases, def.group(1), at + def.start(1), Phrase.Source.DEFINITION, DEFINITION_FAMILY);
            }
            Matcher purpose = PURPOSE.matcher(c);
            while (purpose.find()) {
                add(phrases, purpose.group(1), at + purpose.start(1), Phrase.Source.PURPOSE, "purpose");
            }
            if (c.contains("、")) {
                Run run = run(c, at, "run:" + body.hashCode() + ":" + at);
                if (run != null) {
                    runs.add(run);
                    run.items().forEach(item -> addItem(phrases, item));
                }
            }
        }
        Matcher quoted = QUOTED.matcher(body);
        while (quoted.find()) {
            add(phrases, quoted.group(1), quoted.start(1), Phrase.Source.QUOTED, "quoted");
        }
        return new Found(distinct(phrases), runs);
    }

    /**
     * Items of "A、B、C" in one clause. The middle items show how long an item is; the outer parts also carry the
     * words around the list, so the first is cut to that length and the last at 等 / 的 / ” when it runs on.
     * A pair "A、B" is only trusted for four-character phrases (精心组织、周密部署), the common parallel form.
     */
    static Run run(String clause, int offset, String family) {
        String[] parts = clause.split("、", -1);
        int[] starts = new int[parts.length];
        for (int i = 1; i < parts.length; i++) {
            starts[i] = starts[i - 1] + parts[i - 1].length() + 1;
        }
        int middle = typicalLength(parts);
        String last = lastItem(parts[parts.length - 1], middle);
        if (last == null) {
            return null;
        }
        List<Phrase> items = new ArrayList<>();
        for (int i = 1; i < parts.length - 1; i++) {
            items.add(new Phrase(parts[i], offset + starts[i], Phrase.Source.ITEM, family));
        }
        items.add(new Phrase(last, offset + starts[parts.length - 1], Phrase.Source.ITEM, family));
        splitLastOnAnd(items);
        int len = parts.length > 2 ? middle : items.size() > 1 ? items.get(1).text().length() : last.length();
        if (parts.length == 2 && items.size() == 1 && len != 4) {
            return null;
        }
        String first = parts[0].length() > len ? parts[0].substring(parts[0].length() - len) : parts[0];
        if (NOT_A_START.indexOf(first.charAt(0)) >= 0) {
            return null;
        }
        items.add(0, new Phrase(first, offset + parts[0].length() - first.length(), Phrase.Source.ITEM, family));
        for (Phrase item : items) {
            if (!HAN.matcher(item.text()).matches()) {
                return null;
            }
        }
        return new Run(items, items.get(0).start(), items.get(items.size() - 1).end());
    }

    /** The most common length of the middle items, 0 for a pair. */
    private static int typicalLength(String[] parts) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < parts.length - 1; i++) {
            counts.merge(parts[i].length(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(0);
    }

    /** The last item without the words after the list; {@code middle} 0 when the run is a pair. */
    private static String lastItem(String p, int middle) {
        if (middle > 0 && p.length() <= middle + 2) {
            return p;
        }
        int from = middle > 0 ? Math.max(2, middle - 2) : 2;
        int to = middle > 0 ? Math.min(p.length() - 1, middle + 2) : p.length() - 1;
        for (int i = from; i <= to; i++) {
            if (ITEM_END.indexOf(p.charAt(i)) >= 0) {
                return p.substring(0, i);
            }
        }
        return p.length() <= 12 ? p : null;
    }

    /** "丰富内涵和实践要求", "幸福感和安全感": the last part holds two items. */
    private static void splitLastOnAnd(List<Phrase> items) {
        Phrase last = items.get(items.size() - 1);
        String t = last.text();
        for (String and : List.of("和", "及", "与")) {
            int i = t.indexOf(and);
            if (i >= 2 && t.length() - i - 1 >= 2 && Math.abs(t.length() - 2 * i - 1) <= 1) {
                items.set(items.size() - 1, new Phrase(t.substring(0, i), last.start(), last.source(), last.family()));
                items.add(new Phrase(t.substring(i + 1), last.start() + i + 1, last.source(), last.family()));
                return;
            }
        }
    }

    /** An item "增强能力素质的重要途径" also holds a definition-like tail "重要途径". */
    private static void addItem(List<Phrase> phrases, Phrase item) {
        add(phrases, item.text(), item.start(), item.source(), item.family());
        int de = item.text().lastIndexOf('的');
        if (de > 0 && item.text().length() - de - 1 >= 2) {
            add(phrases, item.text().substring(de + 1), item.start() + de + 1, Phrase.Source.DEFINITION, DEFINITION_FAMILY);
        }
    }

    /** Leaders' names are never blanked or swapped: a quiz on a name tests nothing and risks a wrong statement. */
    private static void add(List<Phrase> phrases, String text, int start, Phrase.Source source, String family) {
        if (!TOO_EASY.contains(text) && !text.contains("xx") && !text.contains("习近平") && text.length() >= 2) {
            phrases.add(new Phrase(text, start, source, family));
        }
    }

    /** One entry per text, best source first, then in reading order. */
    private static List<Phrase> distinct(List<Phrase> phrases) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparing(Phrase::source).thenComparingInt(Phrase::start));
        Set<String> seen = new HashSet<>();
        List<Phrase> out = new ArrayList<>();
        for (Phrase p : sorted) {
            if (seen.add(p.text())) {
                out.add(p);
            }
        }
        return out;
    }
}
