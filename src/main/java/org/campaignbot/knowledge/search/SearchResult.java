package org.campaignbot.knowledge.search;

import java.util.List;

/**
 * Passages for a question, best first, and whether the best clears the relevance floor.
 *
 * @param queryVector the question's embedding, reused by the extractive answerer to pick sentences; null without the
 *                    embedding model (the passages then carry no sentence vectors)
 * @param evidence    the signals the relevance floor judged
 * @param relevant    whether the passages clear the relevance floor
 */
public record SearchResult(String query, float[] queryVector, List<Passage> passages,
                           RelevanceFloor.Evidence evidence, boolean relevant) {
}
