package org.campaignbot.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.campaignbot.knowledge.KnowledgeBase;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.index.Analyzers;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.index.IndexedChunk;
import org.springframework.stereotype.Component;

/**
 * Finds passages with three rankings fused by reciprocal rank (Lucene 9.12 has no built-in RRF): SmartChinese words
 * (BM25), CJK bigrams (BM25) and bge-small-zh vectors (kNN). RRF needs no score calibration between BM25 and cosine,
 * which differ in scale from query to query. Because RRF scores are relative, the relevance floor uses absolute
 * signals instead: the passage's cosine similarity and how much of the question's wording it contains.
 */
@Component
public class HybridRetriever {
    /** RRF's usual constant: damps the difference between rank 1 and rank 2 so no single view dominates. */
    static final int RRF_K = 60;
    static final int DEPTH = 30;
    private static final double[] WEIGHTS = {1.0, 1.0, 1.0}; // words, bigrams, vector

    private final KnowledgeBase knowledge;
    private final Embedder embedder;
    private final RelevanceFloor floor;
    private final QueryBuilder words = new QueryBuilder(Analyzers.words());
    private final QueryBuilder bigrams = new QueryBuilder(Analyzers.bigrams());

    public HybridRetriever(KnowledgeBase knowledge, Embedder embedder, KnowledgeProperties props) {
        this.knowledge = knowledge;
        this.embedder = embedder;
        this.floor = new RelevanceFloor(props.minSimilarity(), props.clearSimilarity());
    }

    public SearchResult search(String question, int k) {
        float[] queryVector = embedder.query(question);
        List<Passage> passages = knowledge.index().withSearcher(s -> rank(s, question, queryVector, k));
        var evidence = RelevanceFloor.evidence(question, passages);
        return new SearchResult(question, queryVector, passages, evidence, !passages.isEmpty() && floor.accepts(evidence));
    }

    private List<Passage> rank(IndexSearcher searcher, String question, float[] queryVector, int k) throws IOException {
        List<ScoreDoc[]> rankings = new ArrayList<>();
        rankings.add(lexical(searcher, words.createBooleanQuery(Analyzers.WORDS, question)));
        rankings.add(lexical(searcher, bigrams.createBooleanQuery(Analyzers.BIGRAMS, question)));
        rankings.add(searcher.search(new KnnFloatVectorQuery(IndexedChunk.VECTOR, queryVector, DEPTH), DEPTH).scoreDocs);

        Map<Integer, Double> fused = new LinkedHashMap<>();
        for (int view = 0; view < rankings.size(); view++) {
            ScoreDoc[] ranking = rankings.get(view);
            for (int rank = 0; rank < ranking.length; rank++) {
                fused.merge(ranking[rank].doc, WEIGHTS[view] / (RRF_K + rank + 1), Double::sum);
            }
        }
        double best = 0;
        for (double w : WEIGHTS) {
            best += w / (RRF_K + 1);
        }
        List<Map.Entry<Integer, Double>> ordered = new ArrayList<>(fused.entrySet());
        ordered.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
        List<Passage> result = new ArrayList<>();
        for (var entry : ordered.subList(0, Math.min(k, ordered.size()))) {
            Document d = searcher.storedFields().document(entry.getKey());
            IndexedChunk stored = IndexedChunk.from(d);
            double similarity = Embedder.dot(queryVector, stored.vector());
            result.add(new Passage(stored.chunk(), entry.getValue() / best, similarity, stored.sentenceVectors()));
        }
        return result;
    }

    private static ScoreDoc[] lexical(IndexSearcher searcher, Query query) throws IOException {
        return query == null ? new ScoreDoc[0] : searcher.search(query, DEPTH).scoreDocs;
    }
}
