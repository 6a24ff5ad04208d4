package org.campaignbot.knowledge.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.load.DocTable;
import org.campaignbot.knowledge.load.SourceDocument;

/**
 * The one reader of task tables: any table whose header names a task column and a deadline column is a task table
 * (other columns are optional); tables without both (contact lists, budgets) are ignored. Header names vary between
 * plans, so each column is recognised by a set of synonyms, compared after width folding and without spaces or colons.
 */
public final class TaskTables {
    private static final Set<String> TASK = Set.of("任务", "工作任务", "重点任务", "工作内容", "任务内容", "具体任务",
            "主要任务", "任务名称", "工作事项", "任务事项", "工作措施", "具体措施");
    private static final Set<String> DEADLINE = Set.of("完成时限", "时间节点", "完成时间", "时限要求", "时限", "完成期限",
            "办结时限", "时间要求", "完成时间节点");
    private static final Set<String> NO = Set.of("序号", "编号", "序", "任务编号");
    private static final Set<String> LEAD = Set.of("牵头单位", "责任单位", "主责单位", "牵头部门", "责任部门", "牵头责任单位");
    private static final Set<String> CO = Set.of("配合单位", "协办单位", "参与单位", "配合部门", "协同单位", "协办部门");
    private static final Set<String> OWNER = Set.of("责任人", "负责人", "具体责任人", "联系人");
    /** Units and people in one cell are listed with these, in either width (市人社局、市司法局 / 市人社局;市司法局). */
    private static final String SEPARATORS = "[、，,；;/]+";

    private TaskTables() {
    }

    /** Every row of every task table in the document, in reading order. */
    public static List<TaskRow> rows(SourceDocument doc) {
        List<TaskRow> rows = new ArrayList<>();
        int tableIndex = 0;
        for (DocTable table : doc.tables()) {
            Columns c = Columns.of(table);
            if (c == null) {
                continue;
            }
            for (List<String> row : table.rows()) {
                String task = cell(row, c.task);
                if (!task.isEmpty()) {
                    rows.add(new TaskRow(doc.path(), doc.title(), tableIndex, cell(row, c.no), task,
                            units(cell(row, c.lead)), units(cell(row, c.co)), cell(row, c.owner), cell(row, c.deadline),
                            table.rowSentence(row)));
                }
            }
            tableIndex++;
        }
        return rows;
    }

    /** The names in one cell: 市人社局、市司法局 / 市人社局；市司法局 / 市人社局;市司法局 → two units. */
    public static List<String> units(String cell) {
        return Arrays.stream(HalfWidth.of(cell).split(SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).strip() : "";
    }

    /** Column positions in one table; -1 when absent. */
    private record Columns(int no, int task, int lead, int co, int owner, int deadline) {
        static Columns of(DocTable table) {
            List<String> header = table.header().stream().map(h -> HalfWidth.of(h).replaceAll("[\\s*:]", "")).toList();
            int task = find(header, TASK);
            int deadline = find(header, DEADLINE);
            if (task < 0 || deadline < 0) {
                return null;
            }
            return new Columns(find(header, NO), task, find(header, LEAD), find(header, CO), find(header, OWNER), deadline);
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
