package org.campaignbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;

/**
 * "什么是三抓三促", "四办是哪四办", "讲话里说的三感是哪三感": a numbered slogan is defined by the one clause that lists as
 * many items as its numeral says, each item carrying the slogan's own characters (抓学习促提升、抓执行促落实、抓效能促发展;
 * 马上办、网上办、就近办、一次办; 获得感、幸福感和安全感). Retrieval ranks such a clause poorly — every passage mentions
 * 三抓三促 — so the documents' sentences are searched for it directly.
 */
final class NumberedTerm {
    private static final Pattern ASKS = Pattern.compile("什么是|是什么|指的是|指什么|是指|含义|什么意思|啥意思|是啥|怎么理解|哪[一二两三四五六七八九十]|哪些|哪几|分别");
    private static final Pattern TERM = Pattern.compile("[一二两三四五六七八九十]\\p{IsHan}{1,3}");
    /** A counting word after the numeral: 三部分, 四个意识, 两个方面. */
    private static final Pattern COUNTER = Pattern.compile("^(?:部分|个方面|方面|大块|阶段|个|条|点|块|项|种|类|段|节|件|批|层|步)");
    /** Characters of a question that are not part of the slogan it names. */
    private static final String NOT_TERM = "是哪的个项指什么啥些几了呢吗说讲里中";
    private static final Pattern CLAUSE = Pattern.compile("[,，。；;：:“”\"（）()！？!?]");
    private static final Pattern LAST_JOIN = Pattern.compile("和|及|与|以及");
    private static final int MAX_ITEM = 12;

    private NumberedTerm() {
    }

    static Optional<Reply> answer(String question, DocumentCatalog catalog) {
        if (!ASKS.matcher(question).find()) {
            return Optional.empty();
        }
        Matcher m = TERM.matcher(question);
        while (m.find()) {
            String term = m.group();
            if (!askedAbout(question, m.start(), m.end())) {
                continue;
            }
            int count = ChineseNumerals.parse(term.substring(0, 1));
            Set<Character> own = new HashSet<>();
            // "哪三部分", "哪三项" count parts, they name no slogan: a counting word is not the slogan's own
            for (char c : COUNTER.matcher(term.substring(1)).replaceFirst("").toCharArray()) {
                if (!ChineseNumerals.isNumeral(c) && NOT_TERM.indexOf(c) < 0) {
                    own.add(c);
                }
            }
            if (count >= 2 && !own.isEmpty()) {
                Optional<Reply> found = find(count, own, catalog);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Words that may stand between a slogan and the question word when the slogan is what is asked about. */
    private static final Pattern LINKING = Pattern.compile(
            "行动|活动|具体|主要|到底|究竟|分别|指的|含义|意思|内容|包括|包含|都|是|指|的|有|里|中|说|讲|这|个|呢|[\\s,，?？]");

    /**
     * True when the slogan at {@code start..end} is what the question asks about ("三抓三促具体指哪些", "什么是三抓三促"),
     * not a word beside something else asked for ("宣传三抓三促要用哪些媒体" asks for 媒体).
     */
    static boolean askedAbout(String question, int start, int end) {
        Matcher ask = ASKS.matcher(question);
        while (ask.find()) {
            String between = ask.start() >= end ? question.substring(end, ask.start())
                    : ask.end() <= start ? question.substring(ask.end(), start) : ""; // they overlap: "三感是哪三感"
            if (LINKING.matcher(between).replaceAll("").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of the sentences that spell the slogan out, one that says it defines it (即, 是指, 包括), else the shortest: a
     * plan's preamble that repeats the three actions on its way to something else ("把…的要求落实到项目建设一线") is a
     * worse answer than the speech's sentence that says what they are.
     */
    private static Optional<Reply> find(int count, Set<Character> own, DocumentCatalog catalog) {
        Citation best = null;
        for (DocumentFacts doc : catalog.documents()) {
            for (Section s : doc.outline().flatten()) {
                for (String sentence : sentences(s)) {
                    if (lists(sentence, count, own) && (best == null || better(sentence, best.text()))) {
                        best = new Citation(doc.title(), s.path(), sentence);
                    }
                }
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(Reply.withSources("“" + best.text() + "”[1]\n", List.of(best)));
    }

    private static final Pattern DEFINING = Pattern.compile("即|是指|指的是|就是|包括|分别是");

    private static boolean better(String sentence, String than) {
        boolean defines = DEFINING.matcher(sentence).find();
        if (defines != DEFINING.matcher(than).find()) {
            return defines;
        }
        return sentence.length() < than.length();
    }

    private static List<String> sentences(Section s) {
        List<String> all = new java.util.ArrayList<>();
        if (s.level() > 0) {
            all.add(s.heading());
        }
        all.addAll(s.body());
        return all;
    }

    /** Whether a clause of the sentence lists exactly {@code count} short items, each with one of the term's characters. */
    static boolean lists(String sentence, int count, Set<Character> own) {
        for (String clause : CLAUSE.split(sentence)) {
            String[] items = clause.split("、");
            if (items.length < 2) {
                continue;
            }
            List<String> all = new java.util.ArrayList<>(List.of(items).subList(0, items.length - 1));
            all.addAll(List.of(LAST_JOIN.split(items[items.length - 1])));
            if (all.size() == count && all.stream().allMatch(i -> !i.isBlank() && i.length() <= MAX_ITEM
                    && i.chars().anyMatch(ch -> own.contains((char) ch)))) {
                return true;
            }
        }
        return false;
    }
}
