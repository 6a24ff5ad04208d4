package org.campaignbot.knowledge.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
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

    public static final String ROW_FIELD = ROW, TITLE_FIELD = TITLE;

    /** Whether a stored chunk document (loaded with at least {@link #ROW_FIELD}) is a task-table row. */
    public static boolean isRow(Document d) {
        var field = d.getField(ROW);
        return field != null && field.numericValue().intValue() == 1;
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
