package org.campaignbot.knowledge.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value derived from a catalog is computed once for it, and again only for a new catalog. */
class PerCatalogTest {
    @Test
    void derivesOncePerCatalog() {
        AtomicInteger runs = new AtomicInteger();
        PerCatalog<Integer> size = new PerCatalog<>(c -> {
            runs.incrementAndGet();
            return c.documents().size();
        });
        DocumentCatalog first = new DocumentCatalog(List.of());
        assertThat(size.of(first)).isZero();
        assertThat(size.of(first)).isZero();
        assertThat(runs).hasValue(1);
        size.of(new DocumentCatalog(List.of())); // equal, but a new catalog: documents changed
        assertThat(runs).hasValue(2);
    }
}
