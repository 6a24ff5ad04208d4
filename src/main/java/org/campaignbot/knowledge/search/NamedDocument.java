package org.campaignbot.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * A question that names one document by its title ("推进会上说台账梳理了多少项任务", "动员部署会议强调了什么",
 * "实施方案的总体要求") is about that document. The name is not part of what is asked: left in the query, "推进会"
 * matches the one passage that mentions the meeting (the speech's opening words) and outranks the passage that
 * answers. So the name is taken out of the words searched for, and passages of other documents weigh less.
 *
 * <p>A name is a run of three or more characters of the question that occurs in some titles but not in all of them
 * and contains a word for a document or a meeting (会, 讲话, 方案, 通知, …): "政务服务" alone names a topic, not the
 * 政务服务管理局's plan.
 *
 * @param name   the run of the question that names the documents, or "" when it names none
 * @param titles the titles it names
 * @param office the name is an office's (交通局), which is also part of what is asked ("政务局的工作专班"), so it stays
 *               in the words searched for
 */
public record NamedDocument(String name, Set<String> titles, boolean office) {
    static final NamedDocument NONE = new NamedDocument("", Set.of(), false);
    private static final int MIN_NAME = 3;
    /**
     * Weight of a passage of a document the question does not name: lower than for a kind of document only
     * ({@link DocumentHint#OTHER_DOCUMENT}), because a name picks one document (推进会上…) where a kind picks several.
     */
    static final double NOT_NAMED = 0.6;
    /** Longer runs of a title are not how questions name a document ("推进会上", "动员部署会议", "实施方案"). */
    private static final int MAX_NAME = 10;
    /** An office named the short way: two or three characters and an office word (交通局, 政务局, 市委办, 发改委). */
    private static final Pattern ISSUER = Pattern.compile("\\p{IsHan}{2,3}(?:局|委|办|厅|院|(?<!部)署|中心)"); // not 动员部署
    private static final Pattern DOCUMENT_WORD = Pattern.compile("会|讲话|方案|通知|意见|办法|细则|规定|纪要|报告|决定|要点|简报|手册");

    static NamedDocument of(String question, List<String> titles) {
        return of(question, new Titles(titles));
    }

    /**
     * The runs of the documents' titles that may name them (three to {@link #MAX_NAME} characters, holding a word for a
     * document or a meeting), each with the titles that contain it; built once per catalog, so that a question is
     * compared with a thousand titles by a few lookups.
     */
    static final class Titles {
        private final java.util.Map<String, Set<String>> byRun = new java.util.HashMap<>();
        /** Each title's bigrams, for {@link #mostNamed}. */
        private final Map<String, Set<String>> bigramsOf = new java.util.HashMap<>();
        private final int count;
        private final List<String> all;

        Titles(List<String> titles) {
            count = titles.size();
            all = List.copyOf(titles);
            for (String title : titles) {
                String t = HalfWidth.of(title);
                bigramsOf.put(title, bigrams(t));
                for (int start = 0; start < t.length(); start++) {
                    for (int end = start + MIN_NAME; end <= Math.min(t.length(), start + MAX_NAME); end++) {
                        String run = t.substring(start, end);
                        if (DOCUMENT_WORD.matcher(run).find()) {
                            byRun.computeIfAbsent(run, r -> new java.util.HashSet<>()).add(title);
                        }
                    }
                }
            }
        }

        /**
         * Of the titles holding the name, those the question names best: "市里三抓三促实施方案" holds 实施方案 as both
         * "xx市“三抓三促”行动实施方案" and "xx市委组织部关于…开展干部能力提升“百千万”培训的实施方案" do, but the second
         * adds a subject of its own (组织部, 培训) that the question does not name, so the question means the first; and
         * "组织部培训实施方案" names the second by those words. The titles sharing most of the question's bigrams, and
         * of those, the ones not much longer than the shortest.
         */
        Set<String> mostNamed(String question, Set<String> named) {
            if (named.size() < 2) {
                return Set.copyOf(named);
            }
            Set<String> asked = bigrams(question);
            Map<String, Long> shared = new java.util.HashMap<>();
            for (String title : named) {
                shared.put(title, bigramsOf.get(title).stream().filter(asked::contains).count());
            }
            long most = java.util.Collections.max(shared.values());
            List<String> best = named.stream().filter(t -> shared.get(t) == most).toList();
            int shortest = best.stream().mapToInt(t -> bigramsOf.get(t).size()).min().orElse(0);
            return best.stream().filter(t -> bigramsOf.get(t).size() <= shortest * OWN_SUBJECT)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    static NamedDocument of(String question, Titles titles) {
        if (titles.count < 2) {
            return NONE;
        }
        String q = HalfWidth.of(question);
        String best = "";
        int at = 0;
        Set<String> named = Set.of();
        // the longest run of the question that some titles contain, but not all
        for (int start = 0; start < q.length(); start++) {
            for (int end = Math.min(q.length(), start + MAX_NAME); end - start >= MIN_NAME && end - start > best.length(); end--) {
                Set<String> in = titles.byRun.get(q.substring(start, end));
                if (in != null && in.size() < titles.count) {
                    best = q.substring(start, end);
                    at = start;
                    named = in;
                    break;
                }
            }
        }
        if (best.isEmpty()) {
            return byIssuer(q, titles);
        }
        // the words that qualify a name stand before it ("组织部培训的实施方案"); words after it are what is asked
        // ("实施方案里全员培训这块", whose 培训 says nothing about which 实施方案)
        String qualified = q.substring(Math.max(0, at - QUALIFIER), at + best.length());
        return new NamedDocument(best, titles.mostNamed(qualified, named), false);
    }

    /** How far before a name its qualifying words are looked for, in characters. */
    private static final int QUALIFIER = 8;
    /** A title this many times longer than the shortest one the question names as well adds a subject of its own. */
    private static final double OWN_SUBJECT = 1.5;

    private static Set<String> bigrams(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }

    /**
     * "交通局为啥要开展这次作风整治": an office named the short way (交通局 for 交通运输局, 政务局 for 政务服务管理局) names
     * the documents it issued: the short name's characters stand in the title in the same order, from the same first
     * character to an office word.
     */
    private static NamedDocument byIssuer(String q, Titles titles) {
        Matcher office = ISSUER.matcher(q);
        while (office.find()) {
            String name = office.group();
            Set<String> named = new java.util.HashSet<>();
            for (String title : titles.all) {
                if (abbreviates(name, HalfWidth.of(title))) {
                    named.add(title);
                }
            }
            if (!named.isEmpty() && named.size() < titles.count) {
                return new NamedDocument(name, Set.copyOf(named), true);
            }
        }
        return NONE;
    }

    /** True when the title holds the name's characters in order, the first and the last of them within a few. */
    static boolean abbreviates(String name, String title) {
        for (int start = title.indexOf(name.charAt(0)); start >= 0; start = title.indexOf(name.charAt(0), start + 1)) {
            int at = start;
            int i = 1;
            while (i < name.length() && at >= 0 && at - start <= MAX_NAME) {
                at = title.indexOf(name.charAt(i), at + 1);
                i++;
            }
            if (i == name.length() && at >= 0 && at - start <= MAX_NAME) {
                return true;
            }
        }
        return false;
    }

    /**
     * The question without the name's distinctive words, for the searches: "推进会上说…" → "会上说…". The word for the
     * kind of document stays, because "为什么要出这个工作方案" asks about the plan itself ("制定本方案").
     */
    String withoutName(String question) {
        if (name.isEmpty() || office) {
            return question;
        }
        var kind = DOCUMENT_WORD.matcher(name);
        return HalfWidth.of(question).replace(name, kind.find() ? " " + kind.group() + " " : " ");
    }

    /** Weight of a passage of the given document: passages of documents the question does not name weigh less. */
    double weight(String title) {
        return name.isEmpty() || titles.contains(title) ? 1.0 : NOT_NAMED;
    }
}
