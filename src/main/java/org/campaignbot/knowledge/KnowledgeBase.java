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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.campaignbot.knowledge.index.ChunkEmbedder;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.index.KnowledgeIndex;
import org.campaignbot.knowledge.load.DocumentReadException;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.KnowledgeFiles;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
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
    private final ChunkEmbedder chunkEmbedder;
    private KnowledgeIndex index;
    /** Hashes of files that could not be read, so an unchanged broken file is reported once, not on every sync. */
    private final Map<String, String> unreadable = new java.util.HashMap<>();
    private volatile Status status = new Status(0, 0, Map.of(), null, false);
    private volatile DocumentCatalog catalog = DocumentCatalog.EMPTY;
    private final CountDownLatch firstSync = new CountDownLatch(1);
    private Thread startup;
    /** Appended to the hash of a file indexed without the embedding model. */
    private static final String LEXICAL_ONLY = "+lexical";
    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Texts run through the model and vectors reused since start-up, for the sync log. */
    private int embedded, reused;

    public KnowledgeBase(KnowledgeProperties props, DocumentReader reader, Embedder embedder,
                         ApplicationEventPublisher events, Clock clock) {
        this.props = props;
        this.reader = reader;
        this.embedder = embedder;
        this.chunkEmbedder = new ChunkEmbedder(embedder);
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
        long cpu = processCpuMillis();
        try {
            SyncReport report = sync();
            log.info("知识库就绪：{} 个文档，{} 个段落，更新 {} 个文件，嵌入 {} 段文本，用时 {} ms（进程 CPU {} ms）",
                    status.documents(), status.chunks(), report.updated().size(), embedded,
                    (System.nanoTime() - started) / 1_000_000, processCpuMillis() - cpu);
        } catch (RuntimeException e) {
            log.error("建立知识库索引失败：{}", e.getMessage(), e);
        } finally {
            firstSync.countDown();
        }
    }

    /** Waits for the start-up sync, so that nobody searches a half-built index. */
    private void awaitFirstSync() {
        try {
            // as long as the first sync runs: a first build of a thousand documents can take longer than any fixed
            // wait, and a start-up listener that gave up (the quiz bank drafts questions at start-up) would stop the
            // service; the sync ends, in success or failure, by counting down
            while (!firstSync.await(1, TimeUnit.MINUTES)) {
                if (startup == null || !startup.isAlive()) {
                    throw new IllegalStateException("知识库索引仍在建立中，请稍后再试");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("等待知识库索引时被中断", e);
        }
    }

    /** Brings the index up to date with the folder. Safe to call at any time; calls are serialised. */
    public synchronized SyncReport sync() {
        long started = System.nanoTime();
        long lastCommit = started;
        int embeddedBefore = embedded, reusedBefore = reused;
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
                    // placeholder vectors of a file indexed without the model are never reused as if they were real
                    boolean realVectors = stored != null && !stored.endsWith(LEXICAL_ONLY);
                    indexDocument(doc, embedder.available() ? hash : hash + LEXICAL_ONLY, realVectors);
                    updated.add(file.relativePath());
                    if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                        index.commit(); // a first build of many files survives a restart: done files are not redone
                        lastCommit = System.nanoTime();
                    }
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
        if (!status.ready()) { // start-up: the structure of every document, as stored in the index (nothing re-parsed)
            catalog = DocumentCatalog.of(index.documents());
        } else if (report.changed()) { // later: only the files that changed, read back as the index holds them
            Map<String, DocumentFacts> changed = new HashMap<>();
            updated.forEach(path -> index.document(path).ifPresent(d -> changed.put(path, DocumentFacts.of(d))));
            catalog = catalog.replacing(changed, removed);
        }
        status = new Status(index.fileCount(), index.chunkCount(), Collections.unmodifiableMap(skipped), clock.instant(), true);
        boolean startup = firstSync.getCount() > 0;
        firstSync.countDown();
        // the start-up sync tells nobody: it runs while Spring is still starting, and features read the documents
        // once the application is ready anyway
        if (report.changed() && !startup) {
            log.info("知识库已更新：更新 {}，移除 {}，用时 {} ms（嵌入 {} 段文本，沿用 {} 段已有向量）", updated, removed,
                    (System.nanoTime() - started) / 1_000_000, embedded - embeddedBefore, reused - reusedBefore);
            events.publishEvent(new KnowledgeChangedEvent(updated, removed));
        }
        return report;
    }

    /**
     * CPU time of the whole process (the model runs on other threads than the sync): on a machine busy with other
     * work, how long a build took says little, how much CPU it took much more.
     */
    private static long processCpuMillis() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : 0;
    }

    private static void skip(String path, String reason, Map<String, String> skipped) {
        log.warn("跳过文件 {}：{}", path, reason);
        skipped.put(path, reason);
    }

    /** @param wasIndexed the file was indexed before: the vectors of its unchanged text are reused */
    private void indexDocument(SourceDocument doc, String hash, boolean wasIndexed) throws IOException {
        List<Chunk> chunks = splitter.split(doc);
        ChunkEmbedder.Vectors vectors = chunkEmbedder.embed(chunks, wasIndexed ? index.vectorsOf(doc.path()) : Map.of());
        embedded += vectors.embedded();
        reused += vectors.reused();
        index.replaceFile(doc, hash, chunks, vectors.chunkVectors(), vectors.sentenceVectors());
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
