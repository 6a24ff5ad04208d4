package org.campaignbot.answer.outline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.PerCatalog;
import org.campaignbot.knowledge.structure.Section;

/**
 * A document's headings as {@link SectionFinder} compares them with a question, prepared once per document: the
 * heading's clauses and its folded topic. Folding and splitting every heading of every document on every question
 * cost time in proportion to the whole knowledge base; a catalog never changes (a changed file gives a new one), so
 * each document's headings are prepared the first time a question reaches them and kept with the catalog.
 */
final class Headings {
    /** A heading a question may name: its section, its clauses ({@link HeadingNames#clauses}) and their cores
     * ({@link HeadingNames#core}), folded topic, key length, and the noun a short heading ends with
     * ({@link HeadingNames#headNoun}). */
    record Prepared(Section section, List<String> clauses, List<String> cores, String topic, int keyLength,
                    String headNoun) {
    }

    /**
     * The prepared headings and folded titles of one catalog's documents, each filled the first time a question
     * reaches the document; by identity, since a catalog and its facts are never changed.
     */
    private record Cache(Map<DocumentFacts, List<Prepared>> byDocument, Map<DocumentFacts, String> titles) {
        Cache() {
            this(Collections.synchronizedMap(new IdentityHashMap<>()), Collections.synchronizedMap(new IdentityHashMap<>()));
        }
    }

    private static final PerCatalog<Cache> CACHE = new PerCatalog<>(catalog -> new Cache());

    private Headings() {
    }

    static List<Prepared> of(DocumentCatalog catalog, DocumentFacts doc) {
        return CACHE.of(catalog).byDocument().computeIfAbsent(doc, Headings::prepare);
    }

    /** The document's title without width differences. */
    static String foldedTitle(DocumentCatalog catalog, DocumentFacts doc) {
        return CACHE.of(catalog).titles().computeIfAbsent(doc, d -> HalfWidth.of(d.title()));
    }

    private static List<Prepared> prepare(DocumentFacts doc) {
        List<Prepared> out = new ArrayList<>();
        for (Section s : doc.outline().flatten()) {
            String key = HeadingNames.key(s.topic());
            if (s.level() == 0 || key.length() < 2) {
                continue;
            }
            List<String> clauses = HeadingNames.clauses(s.topic());
            List<String> cores = new ArrayList<>(clauses.stream().map(HeadingNames::core).filter(c -> !c.isEmpty()).toList());
            HeadingNames.quotedTerms(s.topic()).stream().filter(t -> !cores.contains(t)).forEach(cores::add);
            out.add(new Prepared(s, List.copyOf(clauses), cores, HalfWidth.of(s.topic()), key.length(),
                    HeadingNames.headNoun(key)));
        }
        return List.copyOf(out);
    }
}
