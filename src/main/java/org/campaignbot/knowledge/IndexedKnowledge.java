package org.campaignbot.knowledge;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.index.KnowledgeIndex;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.springframework.stereotype.Component;

/**
 * The index on disk and what is derived from it (the document catalog, the status), as {@link KnowledgeView}
 * readers see them. It opens and closes the index; the writable index goes only to {@link KnowledgeSync}, in this
 * package, which reports each sync here so that the catalog and the status follow.
 */
@Component
class IndexedKnowledge implements KnowledgeView {
    private final KnowledgeProperties props;
    private final Embedder embedder;
    private KnowledgeIndex index;
    private volatile Status status = Status.STARTING;
    private volatile DocumentCatalog catalog = DocumentCatalog.EMPTY;
    private final CountDownLatch firstSync = new CountDownLatch(1);
    private volatile Thread firstSyncThread;

    IndexedKnowledge(KnowledgeProperties props, Embedder embedder) {
        this.props = props;
        this.embedder = embedder;
    }

    /** Opening is quick and its failures (another process holds the index) must stop start-up. */
    @PostConstruct
    void open() {
        index = KnowledgeIndex.open(props.indexDir(), embedder.dimension());
    }

    @Override
    public DocumentCatalog catalog() {
        awaitFirstSync();
        return catalog;
    }

    @Override
    public <T> T withSearcher(KnowledgeIndex.SearcherFunction<T> read) {
        awaitFirstSync();
        return index.withSearcher(read);
    }

    @Override
    public List<Chunk> chunks() {
        awaitFirstSync();
        return index.allChunks();
    }

    @Override
    public Status status() {
        return status;
    }

    @Override
    public Snapshot snapshot() {
        awaitFirstSync();
        synchronized (this) { // synced() sets both under the same lock
            return new Snapshot(catalog, status);
        }
    }

    /** The index to write to, for the sync alone; it does not wait for the start-up sync (that sync writes it). */
    KnowledgeIndex writableIndex() {
        return index;
    }

    /** The start-up sync runs on this thread: a reader waits for it as long as it is alive. */
    void firstSyncRunsOn(Thread thread) {
        firstSyncThread = thread;
    }

    /** The start-up sync ended, in success or failure: readers stop waiting. */
    void firstSyncEnded() {
        firstSync.countDown();
    }

    /**
     * A sync has committed: the catalog and the status follow the index.
     *
     * @return whether this was the start-up sync (which tells nobody: it runs while Spring is still starting)
     */
    synchronized boolean synced(KnowledgeSync.Report report, Instant at) {
        if (!status.ready()) { // start-up: the structure of every document, as stored in the index (nothing re-parsed)
            catalog = DocumentCatalog.of(index.documents());
        } else if (report.changed()) { // later: only the files that changed, read back as the index holds them
            Map<String, DocumentFacts> changed = new HashMap<>();
            report.updated().forEach(path -> index.document(path).ifPresent(d -> changed.put(path, DocumentFacts.of(d))));
            catalog = catalog.replacing(changed, report.removed());
        }
        status = new Status(index.fileCount(), index.chunkCount(), Collections.unmodifiableMap(report.skipped()), at, true);
        boolean startup = firstSync.getCount() > 0;
        firstSync.countDown();
        return startup;
    }

    /** Waits for the start-up sync, so that nobody searches a half-built index. */
    private void awaitFirstSync() {
        try {
            // as long as the first sync runs: a first build of a thousand documents can take longer than any fixed
            // wait, and a start-up listener that gave up (the quiz bank drafts questions at start-up) would stop the
            // service; the sync ends, in success or failure, by counting down
            while (!firstSync.await(1, TimeUnit.MINUTES)) {
                Thread startup = firstSyncThread;
                if (startup == null || !startup.isAlive()) {
                    throw new IllegalStateException("知识库索引仍在建立中，请稍后再试");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("等待知识库索引时被中断", e);
        }
    }

    @PreDestroy
    void close() throws IOException, InterruptedException {
        Thread startup = firstSyncThread;
        if (startup != null) {
            startup.join(TimeUnit.SECONDS.toMillis(30)); // never close the index under a running first sync
        }
        index.close();
    }
}
