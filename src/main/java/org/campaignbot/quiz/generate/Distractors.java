package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks wrong options from the documents' own phrases: first the phrases found in parallel with the answer
 * (根本途径 / 重要标准 / 重要指标), then phrases of about the same length, the more characters shared with the answer
 * the better (抓学习促提升 / 抓执行促落实). A candidate is refused when it already stands in the sentence, or when the
 * sentence with it swapped in occurs somewhere in the documents — then it would not be wrong.
 */
final class Distractors {
    private static final int LEFT = 3;
    private static final int RIGHT = 2;

    private final SentenceCorpus corpus;
    private final Map<String, Set<String>> families = new LinkedHashMap<>();
    private final Map<String, Phrase.Source> all = new LinkedHashMap<>();

    public Distractors(SentenceCorpus corpus, List<Phrase> phrases) {
        this.corpus = corpus;
        for (Phrase p : phrases) {
            families.computeIfAbsent(p.family(), f -> new LinkedHashSet<>()).add(p.text());
            all.putIfAbsent(p.text(), p.source());
        }
    }

    /** Up to {@code n} wrong options for {@code answer} as it stands in {@code body}; fewer when the text has no more. */
    public List<String> pick(Phrase answer, String body, int n) {
        List<String> out = new ArrayList<>();
        List<String> parallel = new ArrayList<>(families.getOrDefault(answer.family(), Set.of()));
        parallel.sort(byLikeness(answer, Map.of()));
        take(parallel, answer, body, n, out);
        List<String> similar = new ArrayList<>();
        int slack = Math.max(1, answer.text().length() / 4);
        for (String c : all.keySet()) {
            if (Math.abs(c.length() - answer.text().length()) <= slack) {
                similar.add(c);
            }
        }
        similar.sort(byLikeness(answer, all));
        take(similar, answer, body, n, out);
        return out;
    }

    /**
     * True when {@code candidate} may replace {@code answer} in {@code body} and make a wrong statement: it must not
     * stand in the sentence already, and neither its left nor its right neighbourhood may occur with it anywhere in
     * the documents (“增强能力素质的根本途径” is refused: the text also says “提高能力素质的根本途径”).
     */
    public boolean wrongIn(String candidate, Phrase answer, String body) {
        String a = answer.text();
        if (candidate.equals(a) || candidate.contains(a) || a.contains(candidate) || body.contains(candidate)) {
            return false;
        }
        String left = body.substring(Math.max(0, answer.start() - LEFT), answer.start());
        String right = body.substring(answer.end(), Math.min(body.length(), answer.end() + RIGHT));
        return !(meaningful(left) && corpus.occurs(left + candidate))
                && !(meaningful(right) && corpus.occurs(candidate + right))
                && !corpus.occurs(left + candidate + right);
    }

    /** A neighbourhood of at least two Chinese characters says something; "。" or "、" alone does not. */
    private static boolean meaningful(String context) {
        return context.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count() >= 2;
    }

    private void take(List<String> candidates, Phrase answer, String body, int n, List<String> out) {
        for (String c : candidates) {
            if (out.size() >= n) {
                return;
            }
            if (!out.contains(c) && wrongIn(c, answer, body)) {
                out.add(c);
            }
        }
    }

    /**
     * Found the same way first (an enumeration item for an item), then more shared characters, then closer length.
     * Ties are broken by a hash of the pair, stable from run to run but different for each answer, so the same few
     * phrases do not turn up as wrong options everywhere.
     */
    private static Comparator<String> byLikeness(Phrase answer, Map<String, Phrase.Source> sources) {
        String a = answer.text();
        return Comparator.<String>comparingInt(c -> sources.getOrDefault(c, answer.source()) == answer.source() ? 0 : 1)
                .thenComparingInt(c -> -shared(c, a))
                .thenComparingInt(c -> Math.abs(c.length() - a.length()))
                .thenComparingInt(c -> (a + "|" + c).hashCode());
    }

    private static int shared(String a, String b) {
        return (int) a.chars().distinct().filter(ch -> b.indexOf(ch) >= 0).count();
    }
}
