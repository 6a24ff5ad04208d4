package org.campaignbot.knowledge;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.index.KnowledgeIndex;
import org.campaignbot.knowledge.load.DocumentReadException;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.KnowledgeFiles;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
import org.campaignbot.knowledge.split.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the knowledge folder. A sync hashes every file and re-reads, re-splits and
 * re-embeds only those whose content changed; removed files leave the index; unreadable files are reported and
 * skipped while the rest is indexed. The first sync runs in the background at start-up, overlapping the rest of the
 * service's start; the service reports healthy, and searches proceed, once it is done.
 */
@Component
public class KnowledgeBase {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final KnowledgeProperties props;
    private final DocumentReader reader;
    private final Embedder embedder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ChineseStructureSplitter splitter = new ChineseStructureSplitter();
    private KnowledgeIndex index;
    /** Hashes of files that could not be read, so an unchanged broken file is reported once, not on every sync. */
    private final Map<String, String> unreadable = new java.util.HashMap<>();
    private volatile Status status = new Status(0, 0, Map.of(), null, false);
    private volatile DocumentCatalog catalog = DocumentCatalog.EMPTY;
    private final CountDownLatch firstSync = new CountDownLatch(1);
    private Thread startup;
    private static final long STARTUP_WAIT_MINUTES = 10;
    /** Appended to the hash of a file indexed without the embedding model. */
    private static final String LEXICAL_ONLY = "+lexical";

    public KnowledgeBase(KnowledgeProperties props, DocumentReader reader, Embedder embedder,
                         ApplicationEventPublisher events, Clock clock) {
        this.props = props;
        this.reader = reader;
        this.embedder = embedder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the index holds now.
     *
     * @param skipped files that could not be read, with the reason, by relative path
     */
    public record Status(int documents, int chunks, Map<String, String> skipped, Instant lastSync, boolean ready) {
    }

    /** What one sync changed. */
    public record SyncReport(List<String> updated, List<String> removed, Map<String, String> skipped) {
        public boolean changed() {
            return !updated.isEmpty() || !removed.isEmpty();
        }
    }

    @PostConstruct
    void start() {
        if (!Files.isDirectory(props.dir())) {
            log.warn("知识库目录 {} 不存在：请创建它并放入文档（.md .txt .docx .doc .wps .pdf）", props.dir().toAbsolutePath());
        }
        // opening is quick and its failures (another process holds the index) must stop start-up; syncing may embed
        // many files, so it runs beside the rest of start-up
        index = KnowledgeIndex.open(props.indexDir(), embedder.dimension());
        startup = new Thread(this::firstSync, "knowledge-first-sync");
        startup.setDaemon(true);
        startup.start();
    }

    private void firstSync() {
        long started = System.nanoTime();
        try {
            SyncReport report = sync();
            log.info("知识库就绪：{} 个文档，{} 个段落，更新 {} 个文件，用时 {} ms", status.documents(), status.chunks(),
                    report.updated().size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("建立知识库索引失败：{}", e.getMessage(), e);
        } finally {
            firstSync.countDown();
        }
    }

    /** Waits for the start-up sync, so that nobody searches a half-built index. */
    private void awaitFirstSync() {
        try {
            if (!firstSync.await(STARTUP_WAIT_MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException("知识库索引仍在建立中，请稍后再试");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("等待知识库索引时被中断", e);
        }
    }

    /** Brings the index up to date with the folder. Safe to call at any time; calls are serialised. */
    public synchronized SyncReport sync() {
        KnowledgeFiles.Listing listing = KnowledgeFiles.scan(props.dir());
        List<KnowledgeFiles.Entry> files = listing.documents();
        Map<String, String> indexed = index.fileHashes();
        List<String> updated = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        listing.unsupported().forEach((path, reason) -> {
            if (!reason.equals(status.skipped().get(path))) { // told once, not at every sync
                log.warn("跳过文件 {}：{}", path, reason);
            }
            skipped.put(path, reason);
        });
        try {
            for (KnowledgeFiles.Entry file : files) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file.file());
                } catch (IOException e) {
                    skip(file.relativePath(), "无法读取文件：" + e.getMessage(), skipped);
                    continue;
                }
                String hash = sha256(bytes);
                String stored = indexed.get(file.relativePath());
                // without the embedding model a file is indexed with placeholder vectors and marked so: indexed
                // again once the model works, kept as it is while it does not (real vectors are never replaced)
                if (hash.equals(stored) || !embedder.available() && (hash + LEXICAL_ONLY).equals(stored)) {
                    continue;
                }
                if (hash.equals(unreadable.get(file.relativePath()))) {
                    skipped.put(file.relativePath(), status.skipped().get(file.relativePath()));
                    continue;
                }
                try {
                    SourceDocument doc = reader.parse(bytes, file.relativePath());
                    indexDocument(doc, embedder.available() ? hash : hash + LEXICAL_ONLY);
                    updated.add(file.relativePath());
                } catch (DocumentReadException e) {
                    skip(file.relativePath(), e.getMessage(), skipped);
                    unreadable.put(file.relativePath(), hash);
                    if (indexed.containsKey(file.relativePath())) {
                        index.removeFile(file.relativePath()); // never serve what the file no longer says
                        removed.add(file.relativePath());
                    }
                }
            }
            var present = files.stream().map(KnowledgeFiles.Entry::relativePath).collect(Collectors.toSet());
            unreadable.keySet().retainAll(skipped.keySet());
            for (String path : indexed.keySet()) {
                if (!present.contains(path)) {
                    index.removeFile(path);
                    removed.add(path);
                }
            }
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("写入索引失败：" + e.getMessage(), e);
        }
        SyncReport report = new SyncReport(updated, removed, skipped);
        int documents = status.documents();
        int chunkCount = status.chunks();
        if (report.changed() || !status.ready()) { // counting reads every chunk: only when something changed
            List<Chunk> chunks = index.allChunks();
            documents = (int) chunks.stream().map(Chunk::path).distinct().count();
            chunkCount = chunks.size();
            catalog = DocumentCatalog.of(index.documents());
        }
        status = new Status(documents, chunkCount, Collections.unmodifiableMap(skipped), clock.instant(), true);
        boolean startup = firstSync.getCount() > 0;
        firstSync.countDown();
        // the start-up sync tells nobody: it runs while Spring is still starting, and features read the documents
        // once the application is ready anyway
        if (report.changed() && !startup) {
            log.info("知识库已更新：更新 {}，移除 {}", updated, removed);
            events.publishEvent(new KnowledgeChangedEvent(updated, removed));
        }
        return report;
    }

    private static void skip(String path, String reason, Map<String, String> skipped) {
        log.warn("跳过文件 {}：{}", path, reason);
        skipped.put(path, reason);
    }

    private void indexDocument(SourceDocument doc, String hash) throws IOException {
        List<Chunk> chunks = splitter.split(doc);
        List<String> texts = new ArrayList<>();
        chunks.forEach(c -> texts.add(c.indexedText()));
        List<List<String>> sentences = chunks.stream().map(c -> SentenceSplitter.split(c.text())).toList();
        sentences.forEach(texts::addAll);
        List<float[]> vectors = embedder.passages(texts);
        List<float[]> chunkVectors = vectors.subList(0, chunks.size());
        List<List<float[]>> sentenceVectors = new ArrayList<>();
        int next = chunks.size();
        for (List<String> s : sentences) {
            sentenceVectors.add(vectors.subList(next, next + s.size()));
            next += s.size();
        }
        index.replaceFile(doc, hash, chunks, chunkVectors, sentenceVectors);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every chunk of every indexed document, in reading order (used by the quiz generator). */
    public List<Chunk> chunks() {
        return index().allChunks();
    }

    /** The index, once the start-up sync is done. */
    public KnowledgeIndex index() {
        awaitFirstSync();
        return index;
    }

    /** The headings and task tables of every indexed document, once the start-up sync is done. */
    public DocumentCatalog catalog() {
        awaitFirstSync();
        return catalog;
    }

    public Status status() {
        return status;
    }

    @PreDestroy
    void stop() throws IOException, InterruptedException {
        startup.join(TimeUnit.SECONDS.toMillis(30)); // never close the index under a running first sync
        index.close();
    }
}
