package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.split.SentenceSplitter;

/**
 * A sentence of a passage that may be quoted; {@code paragraph} tells quote runs not to join across a line break.
 *
 * @param passage  the passage's rank among those found
 * @param position the sentence's place in the passage (the same as its stored sentence vector's)
 */
record Candidate(int passage, int position, int paragraph, String text, double score) {
    /** The passage's sentences in order (the same order as its stored sentence vectors), unscored. */
    static List<Candidate> of(int passageRank, Passage passage) {
        List<Candidate> out = new ArrayList<>();
        if (passage.chunk().row()) {
            // a table row is quoted whole or not at all: its cells are not sentences ("分值：6" alone answers nothing)
            out.add(new Candidate(passageRank, 0, 0, passage.chunk().text(), 0));
            return out;
        }
        String[] paragraphs = passage.chunk().text().split("\n");
        for (int para = 0; para < paragraphs.length; para++) {
            for (String sentence : SentenceSplitter.split(paragraphs[para])) {
                out.add(new Candidate(passageRank, out.size(), para, sentence, 0));
            }
        }
        return out;
    }
}
