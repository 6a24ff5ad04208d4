package org.campaignbot.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Cadres ask in spoken words (一把手, 老百姓, 毛病) what the documents say in official ones (主要负责同志, 群众, 问题).
 * For the word searches, the wording share and the unknown-word share, a question's spoken words are replaced by
 * the official ones from {@code lexicon/colloquial.tsv}; the embedding still reads the question as asked. Without
 * this, a paraphrase in spoken words looked like a question on a topic the documents lack, and was declined.
 */
public final class Colloquial {
    private static final String LEXICON = "/lexicon/colloquial.tsv";
    /** Spoken word → official word, the longest spoken words first (拖了好多年 before 好多年). */
    private static final List<Map.Entry<String, String>> WORDS = load();

    private Colloquial() {
    }

    /** The text with each spoken word of the lexicon replaced by its official word. */
    public static String formal(String text) {
        String out = text;
        for (Map.Entry<String, String> w : WORDS) {
            if (out.contains(w.getKey())) {
                out = out.replace(w.getKey(), w.getValue());
            }
        }
        return out;
    }

    private static List<Map.Entry<String, String>> load() {
        List<Map.Entry<String, String>> words = new ArrayList<>();
        for (String line : Lexicon.entries(LEXICON)) {
            String[] pair = line.split("\t");
            if (pair.length == 2) {
                words.add(Map.entry(pair[0].strip(), pair[1].strip()));
            }
        }
        words.sort(Comparator.comparingInt((Map.Entry<String, String> w) -> w.getKey().length()).reversed());
        return List.copyOf(words);
    }
}
