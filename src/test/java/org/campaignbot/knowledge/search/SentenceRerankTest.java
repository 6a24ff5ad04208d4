package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.knowledge.index.IndexedChunk;
import org.campaignbot.knowledge.split.Chunk;
import org.junit.jupiter.api.Test;

class SentenceRerankTest {
    private static final float[] QUESTION = {1, 0, 0};

    @Test
    void aPassageWithOneSentenceThatAnswersOvertakesAPassageThatOnlySharesWords() {
        // a long opening whose average is far from the question but whose second sentence is close to it
        var opening = ranked(1, 0.70, new float[] {0, 1, 0}, List.of(new float[] {0, 1, 0}, new float[] {0.95f, 0.3f, 0}));
        // ranked first by shared words, but no sentence says what is asked
        var sharesWords = ranked(2, 0.90, new float[] {0.5f, 0.8f, 0}, List.of(new float[] {0.5f, 0.8f, 0}));

        var reordered = SentenceRerank.reorder(List.of(sharesWords, opening), QUESTION, c -> 1.0);

        assertThat(reordered).extracting(SentenceRerank.Ranked::doc).containsExactly(1, 2);
        assertThat(reordered.get(0).score()).as("the fused score is kept").isEqualTo(0.70);
    }

    @Test
    void aClearLeadInFusedScoreIsKeptWhenTheSentencesAreEquallyClose() {
        var first = ranked(1, 0.95, new float[] {0.6f, 0.8f, 0}, List.of(new float[] {0.6f, 0.8f, 0}));
        var second = ranked(2, 0.50, new float[] {0.6f, 0, 0.8f}, List.of(new float[] {0.6f, 0, 0.8f}));

        assertThat(SentenceRerank.reorder(List.of(first, second), QUESTION, c -> 1.0))
                .extracting(SentenceRerank.Ranked::doc).containsExactly(1, 2);
    }

    @Test
    void aCloseSentenceOfADocumentTheQuestionDoesNotNameWeighsLessAsItsFusedScoreDid() {
        // the named document's opening, and another speech's opening whose sentence is closer to the question
        var named = ranked(1, 0.40, new float[] {0.7f, 0.7f, 0}, List.of(new float[] {0.7f, 0.7f, 0}));
        var other = ranked(2, 0.36, new float[] {0.9f, 0.4f, 0}, List.of(new float[] {0.9f, 0.4f, 0}));

        assertThat(SentenceRerank.reorder(List.of(named, other), QUESTION, c -> 1.0))
                .extracting(SentenceRerank.Ranked::doc).containsExactly(2, 1);
        assertThat(SentenceRerank.reorder(List.of(named, other), QUESTION, c -> c.chunk().id().equals("c1") ? 1.0 : 0.6))
                .extracting(SentenceRerank.Ranked::doc).containsExactly(1, 2);
    }

    @Test
    void aPassageWithoutSentenceVectorsIsJudgedByItsOwnVector() {
        var stored = new IndexedChunk(chunk(1), new float[] {0.8f, 0.6f, 0}, List.of());
        assertThat(SentenceRerank.closestSentence(QUESTION, stored)).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-6));
    }

    private static SentenceRerank.Ranked ranked(int doc, double score, float[] vector, List<float[]> sentences) {
        return new SentenceRerank.Ranked(doc, score, new IndexedChunk(chunk(doc), vector, sentences));
    }

    private static Chunk chunk(int doc) {
        return new Chunk("c" + doc, "p.md", "方案", "一、", "正文" + doc);
    }
}
