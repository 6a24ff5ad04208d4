package org.campaignbot.knowledge.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * Passages as read from the index, decoded once. Every question reads the stored fields of its first few passages
 * (text and sentence vectors, for the re-ranking and the extractive answer), and cadres' questions keep landing on the
 * same few hundred passages: reading them means decompressing the stored fields and unpacking thousands of floats
 * each time, a tenth of a question's CPU.
 *
 * <p>Never stale: an entry is keyed by its index segment's core (Lucene's {@link IndexReader.CacheKey}) and the
 * document's number within it. A segment's stored fields never change; a sync that edits or removes a file writes new
 * segments, with new keys, and deletions only hide documents, which no search returns. When Lucene closes a segment's
 * core (merged away, or the index closed), its entries are dropped. Bounded: the least recently read passages go first.
 * Callers must not modify the vectors: they are shared between questions.
 */
public final class StoredChunks {
    /** About 20 MB with a passage's sentence vectors (2 KB a sentence), and more than a day's questions land on. */
    static final int MAX_PASSAGES = 1024;

    private record Key(IndexReader.CacheKey segment, int doc) {
    }

    private final int maxPassages;
    private final Map<Key, IndexedChunk> decoded;
    /** Segments whose closing is listened to: once each, however many of their passages come and go. */
    private final java.util.Set<IndexReader.CacheKey> listened = new java.util.HashSet<>();

    public StoredChunks() {
        this(MAX_PASSAGES);
    }

    StoredChunks(int maxPassages) {
        this.maxPassages = maxPassages;
        this.decoded = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, IndexedChunk> eldest) {
                return size() > StoredChunks.this.maxPassages;
            }
        };
    }

    /** The passage stored as the searcher's document {@code doc}. */
    public IndexedChunk get(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        if (core == null) { // a reader that cannot say when it changes: read it every time
            return IndexedChunk.from(searcher.storedFields().document(doc));
        }
        Key key = new Key(core.getKey(), doc - leaf.docBase);
        synchronized (decoded) {
            IndexedChunk cached = decoded.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // decoded outside the lock: two questions meeting the same passage at once both decode it, to the same value
        IndexedChunk stored = IndexedChunk.from(leaf.reader().storedFields().document(key.doc()));
        synchronized (decoded) {
            if (listened.add(key.segment())) {
                core.addClosedListener(this::forget);
            }
            decoded.put(key, stored);
        }
        return stored;
    }

    /** How many passages are kept now. */
    int size() {
        synchronized (decoded) {
            return decoded.size();
        }
    }

    private void forget(IndexReader.CacheKey segment) {
        synchronized (decoded) {
            decoded.keySet().removeIf(k -> k.segment() == segment);
            listened.remove(segment);
        }
    }
}
