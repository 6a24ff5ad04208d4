package org.campaignbot.knowledge.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.Chunk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk. Each chunk is one document with three searchable views (SmartChinese words, CJK bigrams,
 * a bge-small-zh vector) and its sentences' vectors stored for extractive answers; each source file also has one
 * bookkeeping document with its content hash, so a restart re-embeds only files that changed.
 */
public class KnowledgeIndex implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);
    /** Bump when fields or chunking change: an index written by another schema is rebuilt instead of misread. */
    static final String SCHEMA = "5";

    private static final String TYPE = IndexedChunk.TYPE, PATH = IndexedChunk.PATH, HASH = "hash", TITLE = "title",
            PARAGRAPHS = "paragraphs", TABLES = "tables";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuilt;

    private KnowledgeIndex(Directory directory, IndexWriter writer, boolean rebuilt) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.rebuilt = rebuilt;
    }

    /** Opens the index, or creates it; an unreadable, corrupt or foreign-schema index is wiped and recreated. */
    public static KnowledgeIndex open(Path dir, int dimension) {
        try {
            Files.createDirectories(dir);
            String problem = check(dir, dimension);
            if (problem != null) {
                log.warn("索引目录 {} {}，将重建索引", dir, problem);
                wipe(dir);
            }
            Directory directory = FSDirectory.open(dir);
            // every segment with a deleted passage is rewritten by compact(), however few it deletes
            var merges = new org.apache.lucene.index.TieredMergePolicy();
            merges.setForceMergeDeletesPctAllowed(0);
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setMergePolicy(merges);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of("schema", SCHEMA, "dimension", String.valueOf(dimension)).entrySet());
            return new KnowledgeIndex(directory, writer, problem != null);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("索引目录 " + dir + " 正被另一个进程使用。每个实例需要自己的 bot.knowledge.index-dir", e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开索引目录 " + dir + "：" + e.getMessage(), e);
        }
    }

    /** null when the index is usable (or absent, which is the same as empty), else what is wrong with it. */
    private static String check(Path dir, int dimension) {
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (!SCHEMA.equals(data.get("schema")) || !String.valueOf(dimension).equals(data.get("dimension"))) {
                    return "由旧版本或其他模型建立";
                }
            }
            try (CheckIndex checker = new CheckIndex(d)) {
                checker.setChecksumsOnly(true);
                return checker.checkIndex().clean ? null : "已损坏";
            }
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("索引目录 " + dir + " 正被另一个进程使用", e);
        } catch (IOException | RuntimeException e) {
            return "无法读取（" + e.getClass().getSimpleName() + "）";
        }
    }

    private static void wipe(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** True when {@link #open} found a damaged index and started from empty. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    /** Content hash of every indexed file, by relative path. */
    public Map<String, String> fileHashes() {
        Map<String, String> hashes = new HashMap<>();
        withSearcher(s -> {
            for (var hit : s.search(new TermQuery(new Term(TYPE, "file")), Integer.MAX_VALUE).scoreDocs) {
                Document d = s.storedFields().document(hit.doc);
                hashes.put(d.get(PATH), d.get(HASH));
            }
            return null;
        });
        return hashes;
    }

    /**
     * Replaces everything indexed for one file: its chunks, and the parsed document itself (paragraphs and tables,
     * for the document's structure). {@code sentenceVectors.get(i)} belongs to {@code chunks.get(i)}.
     */
    public void replaceFile(SourceDocument doc, String hash, List<Chunk> chunks, List<float[]> chunkVectors,
                            List<List<float[]>> sentenceVectors) throws IOException {
        String path = doc.path();
        writer.deleteDocuments(new Term(PATH, path));
        for (int i = 0; i < chunks.size(); i++) {
            writer.addDocument(new IndexedChunk(chunks.get(i), chunkVectors.get(i), sentenceVectors.get(i)).toDocument());
        }
        Document file = new Document();
        file.add(new StringField(TYPE, "file", Field.Store.YES));
        file.add(new StringField(PATH, path, Field.Store.YES));
        file.add(new StoredField(HASH, hash));
        file.add(new StoredField(TITLE, doc.title()));
        file.add(new StoredField(PARAGRAPHS, DocumentCodec.paragraphs(doc)));
        file.add(new StoredField(TABLES, DocumentCodec.tables(doc)));
        writer.addDocument(file);
    }

    /** Every indexed document as it was parsed, in path order. */
    public List<SourceDocument> documents() {
        return documents(new TermQuery(new Term(TYPE, "file")));
    }

    /** One indexed document as it was parsed, if the index holds it. */
    public java.util.Optional<SourceDocument> document(String path) {
        var query = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, "file")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(PATH, path)), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
        return documents(query).stream().findFirst();
    }

    private List<SourceDocument> documents(org.apache.lucene.search.Query query) {
        List<SourceDocument> docs = new ArrayList<>();
        withSearcher(s -> {
            for (var hit : s.search(query, Integer.MAX_VALUE).scoreDocs) {
                Document d = s.storedFields().document(hit.doc);
                docs.add(DocumentCodec.decode(d.get(PATH), d.get(TITLE), d.get(PARAGRAPHS), d.get(TABLES)));
            }
            return null;
        });
        docs.sort(Comparator.comparing(SourceDocument::path));
        return docs;
    }

    /**
     * The vectors stored for one file, by the text they were computed from (a chunk's indexed text, each of its
     * sentences), so that re-indexing an edited file embeds only the text that changed.
     */
    public Map<String, float[]> vectorsOf(String path) {
        Map<String, float[]> vectors = new HashMap<>();
        withSearcher(s -> {
            var query = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TYPE, "chunk")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(PATH, path)), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
            for (var hit : s.search(query, Integer.MAX_VALUE).scoreDocs) {
                IndexedChunk stored = IndexedChunk.from(s.storedFields().document(hit.doc));
                List<String> texts = ChunkEmbedder.texts(stored.chunk());
                vectors.put(texts.get(0), stored.vector());
                for (int i = 1; i < texts.size() && i - 1 < stored.sentenceVectors().size(); i++) {
                    vectors.put(texts.get(i), stored.sentenceVectors().get(i - 1));
                }
            }
            return null;
        });
        return vectors;
    }

    /** How many chunks the index holds, counted without reading them. */
    public int chunkCount() {
        return withSearcher(s -> s.count(new TermQuery(new Term(TYPE, "chunk"))));
    }

    /** How many files the index holds, counted without reading them. */
    public int fileCount() {
        return withSearcher(s -> s.count(new TermQuery(new Term(TYPE, "file"))));
    }

    public void removeFile(String path) throws IOException {
        writer.deleteDocuments(new Term(PATH, path));
    }

    /**
     * Merges the index into one segment when it has more than {@link #MOST_SEGMENTS}. Every search visits every
     * segment (each holds its own term dictionary and vector graph), so the many segments of a first build cost
     * every question: at a thousand documents, merging the eight segments of a build (6 s) doubled the searches per
     * second and cut the p99 of /api/chat with them. The few segments that edits of single files add are left to
     * Lucene's own merging until there are more of them. Searches go on during the merge, on the segments as they were.
     *
     * <p>Segments that hold passages of a removed or changed file are rewritten without them. Lucene counts a deleted
     * passage's words in the term statistics until its segment is merged: a removed notice's words would still be
     * "known" to the relevance floor, and a question about them answered from whatever else shares a word.
     *
     * @return true when it merged
     */
    public boolean compact() throws IOException {
        int segments = withSearcher(s -> s.getIndexReader().leaves().size());
        boolean deleted = withSearcher(s -> s.getIndexReader().hasDeletions());
        if (segments > MOST_SEGMENTS) {
            writer.forceMerge(1);
        } else if (deleted) {
            writer.forceMergeDeletes();
        } else {
            return false;
        }
        commit();
        return true;
    }

    /** More segments than this are merged into one after a sync, see {@link #compact}. */
    static final int MOST_SEGMENTS = 4;

    /** Makes changes durable and visible to searches. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Every chunk, in document and reading order. */
    public List<Chunk> allChunks() {
        List<Chunk> chunks = new ArrayList<>();
        withSearcher(s -> {
            for (var hit : s.search(new TermQuery(new Term(TYPE, "chunk")), Integer.MAX_VALUE).scoreDocs) {
                chunks.add(IndexedChunk.chunkOf(s.storedFields().document(hit.doc)));
            }
            return null;
        });
        chunks.sort(Comparator.comparing(Chunk::path).thenComparingInt(c -> ordinal(c.id())));
        return chunks;
    }

    private static int ordinal(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
    }

    /** Runs a read against a current searcher; Lucene's IOExceptions here mean a broken disk, not bad input. */
    public <T> T withSearcher(SearcherFunction<T> fn) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return fn.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("读取索引失败：" + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
