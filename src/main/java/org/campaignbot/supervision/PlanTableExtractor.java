package org.campaignbot.supervision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.load.DocTable;
import org.campaignbot.knowledge.load.SourceDocument;

/**
 * Finds task tables in a plan: any table whose header names a task column and a deadline column. Other columns are
 * optional. Tables without both (contact lists, budgets) are ignored.
 */
public final class PlanTableExtractor {
    private static final Set<String> TASK = Set.of("任务", "工作任务", "重点任务", "工作内容", "任务内容", "具体任务",
            "主要任务", "任务名称", "工作事项", "任务事项");
    private static final Set<String> DEADLINE = Set.of("完成时限", "时间节点", "完成时间", "时限要求", "时限", "完成期限",
            "办结时限", "时间要求");
    private static final Set<String> NO = Set.of("序号", "编号", "序", "任务编号");
    private static final Set<String> LEAD = Set.of("牵头单位", "责任单位", "主责单位", "牵头部门", "责任部门", "牵头责任单位");
    private static final Set<String> CO = Set.of("配合单位", "协办单位", "参与单位", "配合部门", "协同单位");
    private static final Set<String> OWNER = Set.of("责任人", "负责人", "具体责任人");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})");
    private static final String UNIT_SEPARATORS = "[、，,；;/]+";

    private PlanTableExtractor() {
    }

    /** @param fallbackYear the year for 年底前 / 12月底前 when the document names none (the current year) */
    public static List<PlanTask> extract(SourceDocument doc, int fallbackYear) {
        List<Columns> taskTables = new ArrayList<>();
        for (DocTable table : doc.tables()) {
            Columns c = Columns.of(table);
            if (c != null) {
                taskTables.add(c);
            }
        }
        int year = planYear(doc, taskTables, fallbackYear);
        List<PlanTask> tasks = new ArrayList<>();
        for (int t = 0; t < taskTables.size(); t++) {
            Columns c = taskTables.get(t);
            for (List<String> row : c.table.rows()) {
                String title = cell(row, c.task);
                if (title.isEmpty()) {
                    continue;
                }
                List<String> leads = units(cell(row, c.lead));
                List<String> co = new ArrayList<>(leads.size() > 1 ? leads.subList(1, leads.size()) : List.of());
                co.addAll(units(cell(row, c.co)));
                tasks.add(new PlanTask(doc.path(), t, cell(row, c.no), title, leads.isEmpty() ? "" : leads.get(0), co,
                        cell(row, c.owner), DeadlineParser.parse(cell(row, c.deadline), year)));
            }
        }
        return tasks;
    }

    /**
     * The plan's year: one named in the title ("2027年…方案"), else the year its task table's deadlines name most
     * often (ties: the earliest), else the fallback.
     */
    static int planYear(SourceDocument doc, List<Columns> tables, int fallbackYear) {
        Matcher m = YEAR.matcher(HalfWidth.of(doc.title()));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Columns c : tables) {
            for (List<String> row : c.table.rows()) {
                Matcher y = YEAR.matcher(HalfWidth.of(cell(row, c.deadline)));
                while (y.find()) {
                    counts.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
                }
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

    static List<String> units(String cell) {
        return Arrays.stream(HalfWidth.of(cell).split(UNIT_SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).strip() : "";
    }

    /** Column positions in one table; -1 when absent. */
    record Columns(DocTable table, int no, int task, int lead, int co, int owner, int deadline) {
        static Columns of(DocTable table) {
            List<String> header = table.header().stream().map(h -> HalfWidth.of(h).replaceAll("[\\s*：:]", "")).toList();
            int task = find(header, TASK);
            int deadline = find(header, DEADLINE);
            if (task < 0 || deadline < 0) {
                return null;
            }
            return new Columns(table, find(header, NO), task, find(header, LEAD), find(header, CO), find(header, OWNER), deadline);
        }

        private static int find(List<String> header, Set<String> names) {
            for (int i = 0; i < header.size(); i++) {
                if (names.contains(header.get(i))) {
                    return i;
                }
            }
            return -1;
        }
    }
}
