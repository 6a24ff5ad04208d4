package org.campaignbot.answer;

import java.util.Set;
import org.campaignbot.knowledge.search.RelevanceFloor;

/** Share of a question's content bigrams that a sentence contains: a cheap check that a quote is on topic. */
final class WordOverlap {
    private WordOverlap() {
    }

    static double share(String question, String sentence) {
        Set<String> grams = RelevanceFloor.contentBigrams(question);
        if (grams.isEmpty()) {
            return 0;
        }
        return (double) grams.stream().filter(sentence::contains).count() / grams.size();
    }
}
