package org.campaignbot.knowledge;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the knowledge folder: the one writer of the index. A sync hashes every file and
 * re-reads, re-splits and re-embeds only those whose content changed; removed files leave the index; unreadable files
 * are reported and skipped while the rest is indexed. The first sync runs in the background at start-up, overlapping
 * the rest of the service's start; the service reports healthy, and searches proceed, once it is done. After a later
 * sync that changed something it publishes {@link KnowledgeChangedEvent}. Readers see the result through
 * {@link KnowledgeView}.
 */
@Component
public class KnowledgeSync {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeSync.class);

    private final IndexedKnowledge knowledge;
    private final KnowledgeProperties props;
    private final DocumentReader reader;
    private final Embedder embedder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ChineseStructureSplitter splitter = new ChineseStructureSplitter();
    private final ChunkEmbedder chunkEmbedder;
    /** Hashes of files that could not be read, so an unchanged broken file is reported once, not on every sync. */
    private final Map<String, String> unreadable = new HashMap<>();
    /** Appended to the hash of a file indexed without the embedding model. */
    private static final String LEXICAL_ONLY = "+lexical";
    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Texts run through the model and vectors reused since start-up, for the sync log. */
    private int embedded, reused;

    KnowledgeSync(IndexedKnowledge knowledge, KnowledgeProperties props, DocumentReader reader, Embedder embedder,
                  ApplicationEventPublisher events, Clock clock) {
        this.knowledge = knowledge;
        this.props = props;
        this.reader = reader;
        this.embedder = embedder;
        this.chunkEmbedder = new ChunkEmbedder(embedder);
        this.events = events;
        this.clock = clock;
    }

    /** What one sync changed. */
    public record Report(List<String> updated, List<String> removed, Map<String, String> skipped) {
        public boolean changed() {
            return !updated.isEmpty() || !removed.isEmpty();
        }
    }

    /** The index is open by now ({@link IndexedKnowledge} opens it); syncing may embed many files, so it runs beside the
     *  rest of start-up. */
    @PostConstruct
    void start() {
        if (!Files.isDirectory(props.dir())) {
            log.warn("知识库目录 {} 不存在：请创建它并放入文档（.md .txt .docx .doc .wps .pdf）", props.dir().toAbsolutePath());
        }
        Thread startup = new Thread(this::firstSync, "knowledge-first-sync");
        startup.setDaemon(true);
        knowledge.firstSyncRunsOn(startup);
        startup.start();
    }

    private void firstSync() {
        long started = System.nanoTime();
        long cpu = processCpuMillis();
        try {
            Report report = sync();
            KnowledgeView.Status status = knowledge.status();
            log.info("知识库就绪：{} 个文档，{} 个段落，更新 {} 个文件，嵌入 {} 段文本，用时 {} ms（进程 CPU {} ms）",
                    status.documents(), status.chunks(), report.updated().size(), embedded,
                    (System.nanoTime() - started) / 1_000_000, processCpuMillis() - cpu);
        } catch (RuntimeException e) {
            log.error("建立知识库索引失败：{}", e.getMessage(), e);
        } finally {
            knowledge.firstSyncEnded();
        }
    }

    /** Brings the index up to date with the folder. Safe to call at any time; calls are serialised. */
    public synchronized Report sync() {
        long started = System.nanoTime();
        long lastCommit = started;
        int embeddedBefore = embedded, reusedBefore = reused;
        KnowledgeIndex index = knowledge.writableIndex();
        KnowledgeView.Status status = knowledge.status();
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
        Report report = new Report(updated, removed, skipped);
        boolean startup = knowledge.synced(report, clock.instant());
        // the start-up sync tells nobody: it runs while Spring is still starting, and features read the documents
        // once the application is ready anyway
        if (report.changed() && !startup) {
            log.info("知识库已更新：更新 {}，移除 {}，用时 {} ms（嵌入 {} 段文本，沿用 {} 段已有向量）", updated, removed,
                    (System.nanoTime() - started) / 1_000_000, embedded - embeddedBefore, reused - reusedBefore);
            events.publishEvent(new KnowledgeChangedEvent(updated, removed));
        }
        compact(index);
        return report;
    }

    /**
     * After the changes are searchable: a build of many files leaves many index segments, which slow every search, and
     * removed passages count in the word statistics until merged away.
     */
    private static void compact(KnowledgeIndex index) {
        long started = System.nanoTime();
        try {
            if (index.compact()) {
                log.info("知识库索引已合并（清除已删除的段落），用时 {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        } catch (IOException e) {
            // searches work as well on the segments as they are, only slower: the next sync tries again
            log.warn("合并知识库索引失败（检索照常，只是稍慢）：{}", e.getMessage());
        }
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
        KnowledgeIndex index = knowledge.writableIndex();
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
}
