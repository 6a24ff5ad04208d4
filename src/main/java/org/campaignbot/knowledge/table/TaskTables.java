package org.campaignbot.knowledge.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.load.DocTable;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.load.TaskColumns;

/**
 * The one reader of task tables: a table whose header names a task, a deadline and someone responsible (or a task
 * and a deadline by their usual names) is a task table ({@link TaskColumns}, which recognises column names by their
 * words); other tables (contact lists, budgets, agendas) are ignored.
 */
public final class TaskTables {
    /** Units and people in one cell are listed with these, in either width (市人社局、市司法局 / 市人社局;市司法局). */
    private static final String SEPARATORS = "[、，,；;/]+";

    private TaskTables() {
    }

    /** Every row of every task table in the document, in reading order. */
    public static List<TaskRow> rows(SourceDocument doc) {
        List<TaskRow> rows = new ArrayList<>();
        int tableIndex = 0;
        for (DocTable table : doc.tables()) {
            TaskColumns c = TaskColumns.of(table.header());
            if (c == null) {
                continue;
            }
            for (List<String> row : table.rows()) {
                String task = cell(row, c.task());
                if (!task.isEmpty()) {
                    List<String> extras = new ArrayList<>();
                    for (int other : c.others()) {
                        String value = cell(row, other);
                        if (!value.isEmpty()) {
                            extras.add(table.header().get(other).strip() + "：" + value);
                        }
                    }
                    rows.add(new TaskRow(doc.path(), doc.title(), tableIndex, cell(row, c.no()), task,
                            units(cell(row, c.lead())), units(cell(row, c.co())), cell(row, c.owner()),
                            cell(row, c.deadline()), cell(row, c.note()), table.rowSentence(row), extras));
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
}
