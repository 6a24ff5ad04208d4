package org.campaignbot.knowledge.structure;

import java.util.function.Function;

/**
 * Something derived from a catalog (the names a question may use, the documents' prepared headings), computed once
 * per catalog rather than on every question. A catalog is replaced, never changed, when documents change, so the
 * value for the current catalog is kept and recomputed only when a new catalog is asked about. Thread-safe: two
 * threads meeting a new catalog at once may both compute it, and either result is right.
 */
public final class PerCatalog<T> {
    private record Entry<T>(DocumentCatalog catalog, T value) {
    }

    private final Function<DocumentCatalog, T> derive;
    private volatile Entry<T> latest;

    public PerCatalog(Function<DocumentCatalog, T> derive) {
        this.derive = derive;
    }

    public T of(DocumentCatalog catalog) {
        Entry<T> e = latest;
        if (e == null || e.catalog() != catalog) {
            e = new Entry<>(catalog, derive.apply(catalog));
            latest = e;
        }
        return e.value();
    }
}
