package org.campaignbot.answer.duty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.PerCatalog;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * The task rows of a catalog as {@link DutyFinder} reads them, prepared once per catalog: each task once (a plan kept
 * as .docx and as .pdf has every row twice), and the distinct people, units and deadlines a question may name.
 * Preparing them on every question cost time in proportion to the whole knowledge base (20,000 rows at a thousand
 * plans); a catalog is replaced, never changed, so one prepared copy per catalog is enough.
 */
record Rows(List<DutyMatch.Found> all, Names owners, Names units, Names deadlines,
            java.util.Map<DutyMatch.Found, String> tasks, RowGrams grams) {

    /** The row's task without width differences, as questions are compared with it. */
    String task(DutyMatch.Found found) {
        String folded = tasks.get(found);
        return folded != null ? folded : searchable(found.row());
    }

    /**
     * The share of {@code grams} that each of {@code rows} holds in its task, as {@link RelevanceFloor#share} counts
     * it; for all rows of the knowledge base through the rows' gram lists rather than row by row.
     */
    double[] shares(Set<String> grams, List<DutyMatch.Found> rows) {
        if (rows != all || grams.isEmpty()) {
            return rows.stream().mapToDouble(f -> RelevanceFloor.share(grams, task(f))).toArray();
        }
        return java.util.Arrays.stream(this.grams.counts(grams)).mapToDouble(c -> (double) c / grams.size()).toArray();
    }

    /**
     * Names by every form a question may use, so that finding the names a question mentions costs a lookup per
     * piece of the question rather than a search for each of the thousands of names of a large knowledge base.
     * Of two names found in forms of equal length, the one met first in the documents wins.
     */
    static final class Names {
        private final java.util.Map<String, Integer> order = new java.util.HashMap<>();
        private final java.util.Map<String, String> fullOf = new java.util.HashMap<>();
        private int longest;

        Names(Set<String> distinct) {
            int i = 0;
            for (String full : distinct) {
                Name name = Name.of(full);
                add(full, full, i);
                if (name.shortForm().length() >= 3) {
                    add(name.shortForm(), full, i);
                }
                i++;
            }
        }

        private void add(String form, String full, int index) {
            if (full.length() >= 2 && !fullOf.containsKey(form)) {
                fullOf.put(form, full);
                order.put(form, index);
                longest = Math.max(longest, form.length());
            }
        }

        /** The name whose form in the question is longest (then the first in the documents), or "". */
        String longestIn(String question) {
            for (int length = Math.min(longest, question.length()); length >= 2; length--) {
                String best = null;
                int bestOrder = Integer.MAX_VALUE;
                for (int start = 0; start + length <= question.length(); start++) {
                    String form = question.substring(start, start + length);
                    Integer at = order.get(form);
                    if (at != null && at < bestOrder) {
                        best = fullOf.get(form);
                        bestOrder = at;
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            return "";
        }
    }

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

    private static final PerCatalog<Rows> PREPARED = new PerCatalog<>(Rows::prepare);

    static Rows of(DocumentCatalog catalog) {
        return PREPARED.of(catalog);
    }

    private static Rows prepare(DocumentCatalog catalog) {
        List<DutyMatch.Found> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> owners = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        Set<String> deadlines = new LinkedHashSet<>();
        java.util.Map<DutyMatch.Found, String> tasks = new java.util.IdentityHashMap<>();
        for (DocumentFacts d : catalog.documents()) {
            List<TaskRow> rows = new ArrayList<>(d.rows());
            rows.addAll(ProseDuties.of(d)); // items of minutes and notices that say who leads them and by when
            for (TaskRow r : rows) {
                String key = HalfWidth.of(r.task() + "|" + r.leadUnits() + "|" + r.owner() + "|" + r.deadline())
                        .replaceAll("\\s", "");
                if (!seen.add(key)) {
                    continue;
                }
                DutyMatch.Found found = new DutyMatch.Found(r, d);
                all.add(found);
                tasks.put(found, searchable(r));
                owners.addAll(r.owners());
                units.addAll(DutyFinder.units(r));
                String deadline = HalfWidth.of(r.deadline());
                if (deadline.length() >= 3) {
                    deadlines.add(deadline);
                }
            }
        }
        // in the documents' order: of two names of equal length the first wins, as before
        List<DutyMatch.Found> rows = List.copyOf(all);
        return new Rows(rows, new Names(owners), new Names(units), new Names(deadlines),
                java.util.Collections.unmodifiableMap(tasks), new RowGrams(rows.stream().map(tasks::get).toList()));
    }

    /**
     * What a task is found by: its title, its 备注, which often says what the title leaves out (发文压减20%以上), and its
     * other cells (整改问题: "工作群太多 留痕那一项谁负责" names the problem, not the measure).
     */
    private static String searchable(org.campaignbot.knowledge.table.TaskRow row) {
        StringBuilder text = new StringBuilder(row.task());
        if (!row.note().isEmpty()) {
            text.append(' ').append(row.note());
        }
        row.extras().forEach(e -> text.append(' ').append(e.substring(e.indexOf('：') + 1)));
        return HalfWidth.of(text.toString());
    }
}
