package org.campaignbot.knowledge.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.campaignbot.knowledge.split.Chunk;

/**
 * A chunk as a Lucene document: stored text and citation fields, the two analysed text fields, the kNN vector, and
 * (stored, not searched) the chunk vector and its sentences' vectors, which the extractive answerer compares with
 * the question without running the model again.
 */
public record IndexedChunk(Chunk chunk, float[] vector, List<float[]> sentenceVectors) {
    static final String TYPE = "type", ID = "id", PATH = "path", TITLE = "title", SECTION = "section", TEXT = "text",
            VECTORS = "vectors", ROW = "row";
    /** Doc-value fields of their own: Lucene wants one field's structure the same in every document. */
    private static final String ROW_VALUE = "row_value", TITLE_VALUE = "title_value";
    public static final String VECTOR = "vector";

    Document toDocument() {
        Document d = new Document();
        d.add(new StringField(TYPE, "chunk", Field.Store.YES));
        d.add(new StringField(ID, chunk.id(), Field.Store.YES));
        d.add(new StringField(PATH, chunk.path(), Field.Store.YES));
        d.add(new StoredField(TITLE, chunk.title()));
        d.add(new StoredField(SECTION, chunk.section()));
        d.add(new StoredField(TEXT, chunk.text()));
        d.add(new StoredField(ROW, chunk.row() ? 1 : 0));
        // doc values too: ranking weighs every candidate by kind and document, and reading stored fields for each
        // would decompress its stored vectors
        d.add(new NumericDocValuesField(ROW_VALUE, chunk.row() ? 1 : 0));
        d.add(new SortedDocValuesField(TITLE_VALUE, new BytesRef(chunk.title())));
        d.add(new TextField(Analyzers.WORDS, chunk.indexedText(), Field.Store.NO));
        d.add(new TextField(Analyzers.BIGRAMS, chunk.indexedText(), Field.Store.NO));
        d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        List<float[]> all = new ArrayList<>();
        all.add(vector);
        all.addAll(sentenceVectors);
        d.add(new StoredField(VECTORS, pack(all)));
        return d;
    }

    public static Chunk chunkOf(Document d) {
        return new Chunk(d.get(ID), d.get(PATH), d.get(TITLE), d.get(SECTION), d.get(TEXT),
                d.getField(ROW).numericValue().intValue() == 1);
    }

    /** Whether a chunk is a task-table row, and its document's title, read from doc values. */
    public record Kind(boolean row, String title) {
        /**
         * The kind of every document of an index segment, by its number in the segment: one forward pass of the
         * doc-value iterators. A document without the doc values (a file's bookkeeping document) is prose of no title.
         */
        static Kind[] all(LeafReader segment) throws IOException {
            Kind[] kinds = new Kind[segment.maxDoc()];
            NumericDocValues rows = segment.getNumericDocValues(ROW_VALUE);
            SortedDocValues titles = segment.getSortedDocValues(TITLE_VALUE);
            String[] titleOfOrd = titles == null ? new String[0] : new String[titles.getValueCount()];
            for (int doc = 0; doc < kinds.length; doc++) {
                boolean row = rows != null && rows.advanceExact(doc) && rows.longValue() == 1;
                String title = "";
                if (titles != null && titles.advanceExact(doc)) {
                    int ord = titles.ordValue();
                    if (titleOfOrd[ord] == null) {
                        titleOfOrd[ord] = titles.lookupOrd(ord).utf8ToString();
                    }
                    title = titleOfOrd[ord];
                }
                kinds[doc] = new Kind(row, title);
            }
            return kinds;
        }
    }

    public static IndexedChunk from(Document d) {
        List<float[]> all = unpack(d.getBinaryValue(VECTORS).bytes);
        return new IndexedChunk(chunkOf(d), all.get(0), all.subList(1, all.size()));
    }

    static byte[] pack(List<float[]> vectors) {
        int dim = vectors.get(0).length;
        ByteBuffer buf = ByteBuffer.allocate(4 + vectors.size() * dim * 4);
        buf.putInt(dim);
        for (float[] v : vectors) {
            for (float x : v) {
                buf.putFloat(x);
            }
        }
        return buf.array();
    }

    static List<float[]> unpack(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int dim = buf.getInt();
        List<float[]> out = new ArrayList<>();
        while (buf.remaining() >= dim * 4) {
            float[] v = new float[dim];
            for (int i = 0; i < dim; i++) {
                v[i] = buf.getFloat();
            }
            out.add(v);
        }
        return out;
    }
}
