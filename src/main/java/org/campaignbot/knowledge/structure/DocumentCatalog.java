package org.campaignbot.knowledge.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * The structure of every indexed document, rebuilt after each change of the knowledge folder. Immutable: a search
 * holds one catalog while a sync builds the next.
 */
public record DocumentCatalog(List<DocumentFacts> documents) {
    public static final DocumentCatalog EMPTY = new DocumentCatalog(List.of());

    public DocumentCatalog {
        documents = documents.stream().sorted(Comparator.comparing(DocumentFacts::path)).toList();
    }

    public static DocumentCatalog of(List<SourceDocument> docs) {
        return new DocumentCatalog(docs.stream().map(DocumentFacts::of).toList());
    }

    /** This catalog with some documents' structure replaced or added, and some documents removed, by path. */
    public DocumentCatalog replacing(Map<String, DocumentFacts> updated, Collection<String> removed) {
        List<DocumentFacts> kept = new ArrayList<>(documents.stream()
                .filter(d -> !updated.containsKey(d.path()) && !removed.contains(d.path())).toList());
        kept.addAll(updated.values());
        return new DocumentCatalog(kept);
    }

    /** Every task row of every document, documents in path order, rows in table order. */
    public List<TaskRow> rows() {
        List<TaskRow> all = new ArrayList<>();
        documents.forEach(d -> all.addAll(d.rows()));
        return all;
    }

    /** The task row a chunk holds when the chunk is a table row (the splitter gives each row its own chunk). */
    public Optional<TaskRow> rowOf(String path, String chunkText) {
        return documents.stream().filter(d -> d.path().equals(path)).flatMap(d -> d.rows().stream())
                .filter(r -> r.sentence().equals(chunkText)).findFirst();
    }

    public Optional<DocumentFacts> document(String path) {
        return documents.stream().filter(d -> d.path().equals(path)).findFirst();
    }
}
