package org.campaignbot.knowledge.search;

import java.util.List;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.message.Citation;

/**
 * A retrieved chunk with its fused score.
 *
 * @param chunk           the passage and where it comes from
 * @param score           fused relevance in 0..1 (1 = ranked first by all three views and close in meaning)
 * @param similarity      cosine between the question and the passage (bge-small-zh), for the relevance floor
 * @param sentenceVectors the passage's sentence vectors, in order, for extractive answers
 */
public record Passage(Chunk chunk, double score, double similarity, List<float[]> sentenceVectors) {

    public Citation citation() {
        return new Citation(chunk.title(), chunk.section(), chunk.text());
    }
}
