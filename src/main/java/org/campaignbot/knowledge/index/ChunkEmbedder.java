package org.campaignbot.knowledge.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.split.SentenceSplitter;

/**
 * Computes the vectors one document's chunks need, and only those: each chunk's vector (of its indexed text, heading
 * included) and the vectors of the sentences of its prose chunks, which the extractive answerer compares with the
 * question. Table rows get no sentence vectors: a row is one sentence and is never quoted sentence by sentence.
 * Running the model is nearly all the cost of indexing, so each distinct text is embedded once (neighbouring chunks
 * share a sentence), vectors the index already holds for the same text are reused (an edited file re-embeds only
 * what was edited), and the rest go to the model in one {@code embedAll} call, which spreads them over the cores.
 */
public final class ChunkEmbedder {
    private final Embedder embedder;

    public ChunkEmbedder(Embedder embedder) {
        this.embedder = embedder;
    }

    /**
     * The vectors of a document's chunks.
     *
     * @param chunkVectors    one per chunk, in order
     * @param sentenceVectors one list per chunk, in the order of {@link SentenceSplitter#split}; empty for a table row
     * @param embedded        how many texts the model ran on
     * @param reused          how many texts came from {@code known}
     */
    public record Vectors(List<float[]> chunkVectors, List<List<float[]>> sentenceVectors, int embedded, int reused) {
    }

    /** The texts whose vectors a chunk needs: its indexed text first, then its sentences (none for a row). */
    public static List<String> texts(Chunk chunk) {
        List<String> texts = new ArrayList<>();
        texts.add(chunk.indexedText());
        if (!chunk.row()) {
            texts.addAll(SentenceSplitter.split(chunk.text()));
        }
        return texts;
    }

    /** @param known vectors by the text they were computed from, e.g. those the index holds for this file */
    public Vectors embed(List<Chunk> chunks, Map<String, float[]> known) {
        Set<String> needed = new LinkedHashSet<>();
        chunks.forEach(c -> needed.addAll(texts(c)));
        List<String> missing = needed.stream().filter(t -> !known.containsKey(t)).toList();
        List<float[]> computed = embedder.passages(missing);
        Map<String, float[]> vectors = new HashMap<>(known);
        for (int i = 0; i < missing.size(); i++) {
            vectors.put(missing.get(i), computed.get(i));
        }
        List<float[]> chunkVectors = new ArrayList<>();
        List<List<float[]>> sentenceVectors = new ArrayList<>();
        for (Chunk c : chunks) {
            List<String> texts = texts(c);
            chunkVectors.add(vectors.get(texts.get(0)));
            sentenceVectors.add(texts.subList(1, texts.size()).stream().map(vectors::get).toList());
        }
        return new Vectors(chunkVectors, sentenceVectors, missing.size(), needed.size() - missing.size());
    }
}
