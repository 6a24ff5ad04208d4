package org.campaignbot.knowledge.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * Whether a passage is a task-table row, and its document's title, for every candidate of a question's ranking (a
 * hundred at most). Read from doc values once per index segment instead of once per candidate and question: the
 * values of a segment reader never change.
 *
 * <p>Never stale: kept by the segment reader's cache key, which a sync that deletes from the segment or replaces it
 * changes (a new reader); when Lucene closes the reader its kinds are dropped. Bounded by the open segments: one small
 * object per passage.
 */
public final class ChunkKinds {
    private final Map<IndexReader.CacheKey, IndexedChunk.Kind[]> bySegment = new ConcurrentHashMap<>();

    /** The kind of the searcher's document {@code doc}. */
    public IndexedChunk.Kind of(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return ofSegment(leaf.reader())[doc - leaf.docBase];
    }

    /** How many segments' kinds are kept now. */
    int segments() {
        return bySegment.size();
    }

    private IndexedChunk.Kind[] ofSegment(LeafReader segment) throws IOException {
        IndexReader.CacheHelper reader = segment.getReaderCacheHelper();
        if (reader == null) { // a reader that cannot say when it changes: read it every time
            return IndexedChunk.Kind.all(segment);
        }
        IndexedChunk.Kind[] kinds = bySegment.get(reader.getKey());
        if (kinds == null) {
            kinds = IndexedChunk.Kind.all(segment);
            // two questions meeting a new segment at once both read it, to the same values; one listener is added
            if (bySegment.putIfAbsent(reader.getKey(), kinds) == null) {
                reader.addClosedListener(bySegment::remove);
            }
        }
        return kinds;
    }
}
