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
     * ({@link HeadingNames#core}), folded topic, key length, the noun a short heading ends with
     * ({@link HeadingNames#headNoun}), and the headings above it in full, folded (a question may name the part by
     * their words too: "下半年" of "三、…，全力打好下半年攻坚战" for its point "第一，要在学用结合上求突破"). */
    record Prepared(Section section, List<String> clauses, List<String> cores, String topic, int keyLength,
                    String headNoun, String above) {
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
        prepare(doc.outline(), "", out);
        return List.copyOf(out);
    }

    /** The section's heading and those under it, depth first, each with the headings above it. */
    private static void prepare(Section s, String above, List<Prepared> out) {
        String key = HeadingNames.key(s.topic());
        if (s.level() != 0 && key.length() >= 2) {
            List<String> clauses = HeadingNames.clauses(s.topic());
            List<String> cores = new ArrayList<>(clauses.stream().map(HeadingNames::core).filter(c -> !c.isEmpty()).toList());
            HeadingNames.quotedTerms(s.topic()).stream().filter(t -> !cores.contains(t)).forEach(cores::add);
            out.add(new Prepared(s, List.copyOf(clauses), cores, HalfWidth.of(s.topic()), key.length(),
                    HeadingNames.headNoun(key), above));
        }
        String below = s.level() == 0 ? "" : above + HalfWidth.of(s.heading()) + "\n";
        s.children().forEach(c -> prepare(c, below, out));
    }
}
