package org.campaignbot.answer.duty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * The task rows of a catalog as {@link DutyFinder} reads them, prepared once per catalog: each task once (a plan kept
 * as .docx and as .pdf has every row twice), and the distinct people, units and deadlines a question may name.
 * Preparing them on every question cost time in proportion to the whole knowledge base (20,000 rows at a thousand
 * plans); a catalog is replaced, never changed, so one prepared copy per catalog is enough.
 */
record Rows(DocumentCatalog catalog, List<DutyMatch.Found> all, List<Name> owners, List<Name> units,
            List<Name> deadlines) {

    /**
     * A name a question may use, with the short form cadres say: "组织部" for 市委组织部 (the city prefix dropped).
     *
     * @param shortForm the name without 市/市委/市政府 in front, or the name itself
     */
    record Name(String full, String shortForm) {
        static Name of(String full) {
            return new Name(full, full.replaceFirst("^市(委|政府)?", ""));
        }
    }

    private static volatile Rows latest;

    static Rows of(DocumentCatalog catalog) {
        Rows rows = latest;
        if (rows == null || rows.catalog() != catalog) {
            rows = prepare(catalog);
            latest = rows;
        }
        return rows;
    }

    private static Rows prepare(DocumentCatalog catalog) {
        List<DutyMatch.Found> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> owners = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        Set<String> deadlines = new LinkedHashSet<>();
        for (DocumentFacts d : catalog.documents()) {
            for (TaskRow r : d.rows()) {
                String key = HalfWidth.of(r.task() + "|" + r.leadUnits() + "|" + r.owner() + "|" + r.deadline())
                        .replaceAll("\\s", "");
                if (!seen.add(key)) {
                    continue;
                }
                all.add(new DutyMatch.Found(r, d));
                owners.addAll(r.owners());
                units.addAll(DutyFinder.units(r));
                String deadline = HalfWidth.of(r.deadline());
                if (deadline.length() >= 3) {
                    deadlines.add(deadline);
                }
            }
        }
        // in the documents' order: of two names of equal length the first wins, as before
        return new Rows(catalog, List.copyOf(all), names(owners), names(units), names(deadlines));
    }

    private static List<Name> names(Set<String> distinct) {
        return distinct.stream().map(Name::of).toList();
    }
}
