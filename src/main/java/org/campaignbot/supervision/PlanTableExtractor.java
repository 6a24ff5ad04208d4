package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.DeadlineParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * Turns a plan's task-table rows (read by {@link TaskTables}, the same reader the duty answers use, and held by the
 * knowledge base's {@link DocumentFacts}) into ledger rows: the first lead unit leads, further lead units co-operate,
 * and the deadline cell is parsed against the plan's year.
 */
public final class PlanTableExtractor {
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})");

    private PlanTableExtractor() {
    }

    /**
     * A plan as the knowledge base indexed it (what the ledger reads: the files are not read again).
     *
     * @param fallbackYear the year for 年底前 / 12月底前 when the document names none (the current year)
     */
    public static List<PlanTask> extract(DocumentFacts plan, int fallbackYear) {
        return extract(plan.path(), plan.title(), plan.rows(), fallbackYear);
    }

    /** A plan freshly parsed (tests, and checks of a single file). */
    public static List<PlanTask> extract(SourceDocument doc, int fallbackYear) {
        return extract(DocumentFacts.of(doc), fallbackYear); // its tables' rows and its items' parentheses, as indexed
    }

    private static List<PlanTask> extract(String path, String title, List<TaskRow> rows, int fallbackYear) {
        int year = planYear(title, rows, fallbackYear);
        List<PlanTask> tasks = new ArrayList<>();
        for (TaskRow row : rows) {
            List<String> leads = row.leadUnits();
            List<String> co = new ArrayList<>(leads.size() > 1 ? leads.subList(1, leads.size()) : List.of());
            co.addAll(row.coUnits());
            tasks.add(new PlanTask(path, row.tableIndex(), row.no(), row.task(), row.leadUnit(), co, row.owner(),
                    DeadlineParser.parse(row.deadline(), year)));
        }
        return tasks;
    }

    /**
     * The plan's year: one named in the title ("2027年…方案"), else the year its task table's deadlines name most
     * often (ties: the earliest), else the fallback.
     */
    static int planYear(String title, List<TaskRow> rows, int fallbackYear) {
        Matcher m = YEAR.matcher(HalfWidth.of(title));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        for (TaskRow row : rows) {
            Matcher y = YEAR.matcher(HalfWidth.of(row.deadline()));
            while (y.find()) {
                counts.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
            }
        }
        int best = fallbackYear;
        int bestCount = 0;
        for (var e : counts.entrySet()) { // ascending years: a tie keeps the earlier one
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
