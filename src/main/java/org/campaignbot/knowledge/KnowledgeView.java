package org.campaignbot.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.campaignbot.knowledge.index.KnowledgeIndex;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;

/**
 * The knowledge base as its readers see it: the documents' structure, searches against the index, and how the index
 * stands. Nothing here changes the index; only {@link KnowledgeSync} writes, so a search, an answer or a quiz can
 * never leave the index half-written. Reads wait for the start-up sync, so that nobody searches a half-built index;
 * {@link #status()} does not wait (health reports DOWN while the index is being built).
 */
public interface KnowledgeView {

    /** The headings and task tables of every indexed document, once the start-up sync is done. */
    DocumentCatalog catalog();

    /** Runs a read against a current searcher of the index, once the start-up sync is done. */
    <T> T withSearcher(KnowledgeIndex.SearcherFunction<T> read);

    /** Every chunk of every indexed document, in reading order (the quiz generator, the console's document list). */
    List<Chunk> chunks();

    /** What the index holds now; answered at once, also while the start-up sync runs. */
    Status status();

    /**
     * The catalog and the status left by one and the same sync, once the start-up sync is done: a reader that must
     * tell a document removed from the folder (gone from the catalog, not skipped) from one that could not be read
     * (gone from the catalog, skipped) sees both from the same moment.
     */
    Snapshot snapshot();

    /** The catalog and the status after one sync. */
    record Snapshot(DocumentCatalog catalog, Status status) {
    }

    /**
     * What the index holds now.
     *
     * @param skipped files that could not be read, with the reason, by relative path
     */
    record Status(int documents, int chunks, Map<String, String> skipped, Instant lastSync, boolean ready) {
        static final Status STARTING = new Status(0, 0, Map.of(), null, false);
    }
}
