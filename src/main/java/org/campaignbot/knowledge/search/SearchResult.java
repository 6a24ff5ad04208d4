package org.campaignbot.knowledge.search;

import java.util.List;

/**
 * Passages for a question, best first, and whether the best clears the relevance floor.
 *
 * @param query       the words searched for: the question without the name of a document it names ("实施方案是根据啥
 *                    制定的" → "方案是根据啥制定的"), so a sentence is not chosen for citing that name
 * @param queryVector the question's embedding, reused by the extractive answerer to pick sentences; null without the
 *                    embedding model (the passages then carry no sentence vectors)
 * @param evidence    the signals the relevance floor judged
 * @param relevant    whether the passages clear the relevance floor
 * @param askedWords  the words naming what the question asks for ({@link AskedThing}: 经费 in 专项经费有多少), in the
 *                    documents' words; empty when its wording does not pin one down
 * @param namedTitles the titles of the documents the question names ({@link NamedDocument}: 推进会 → the speech at it),
 *                    empty when it names none
 */
public record SearchResult(String query, float[] queryVector, List<Passage> passages,
                           RelevanceFloor.Evidence evidence, boolean relevant, List<String> askedWords,
                           java.util.Set<String> namedTitles) {
    public SearchResult(String query, float[] queryVector, List<Passage> passages, RelevanceFloor.Evidence evidence,
                        boolean relevant) {
        this(query, queryVector, passages, evidence, relevant, List.of(), java.util.Set.of());
    }

    public SearchResult(String query, float[] queryVector, List<Passage> passages, RelevanceFloor.Evidence evidence,
                        boolean relevant, List<String> askedWords) {
        this(query, queryVector, passages, evidence, relevant, askedWords, java.util.Set.of());
    }
}
