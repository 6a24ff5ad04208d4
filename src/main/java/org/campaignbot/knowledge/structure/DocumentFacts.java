package org.campaignbot.knowledge.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignbot.knowledge.load.DocTable;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.load.TaskColumns;
import org.campaignbot.knowledge.table.TaskRow;
import org.campaignbot.knowledge.table.TaskTables;

/**
 * What a document says as structure rather than as passages: its heading tree and its task-table rows.
 *
 * @param path  the document's path under the knowledge folder
 * @param title the document's title
 * @param rowSections the heading path each task row stands under, by the row's sentence
 */
public record DocumentFacts(String path, String title, Section outline, List<TaskRow> rows,
                            Map<String, String> rowSections, List<DataTable> dataTables) {
    public DocumentFacts {
        rows = List.copyOf(rows);
        rowSections = Map.copyOf(rowSections);
        dataTables = List.copyOf(dataTables);
    }

    /**
     * A table that is not a task table (a scoring table: 考核指标, 分值, 评分标准), with the heading path it stands under;
     * its rows are searched as passages, and questions about the table as a whole (哪个指标分值最高, 都有哪些指标) are
     * answered from its cells.
     */
    public record DataTable(DocTable table, String section) {
    }

    /** The task rows that stand directly under a heading path ("四、重点任务清单"), in table order. */
    /** All the document says, as lines: its title, headings and paragraphs, task rows and other tables' rows. */
    public String text() {
        StringBuilder text = new StringBuilder(title);
        for (Section s : outline.flatten()) {
            text.append('\n').append(s.heading()).append('\n').append(String.join("\n", s.body()));
        }
        rows.forEach(r -> text.append('\n').append(r.sentence()));
        for (DataTable t : dataTables) {
            t.table().rows().forEach(r -> text.append('\n').append(t.table().rowSentence(r)));
        }
        return text.toString();
    }

    public List<TaskRow> rowsUnder(String path) {
        return rows.stream().filter(r -> path.equals(rowSections.get(r.sentence()))).toList();
    }

    /** Where a row of this document stands, for its citation: "四、重点任务清单（第10项）". */
    public String sectionOf(TaskRow row) {
        String section = rowSections.getOrDefault(row.sentence(), "");
        return row.no().isEmpty() ? section : section + "（第" + row.no() + "项）";
    }

    public static DocumentFacts of(SourceDocument doc) {
        List<TaskRow> rows = TaskTables.rows(doc);
        Set<String> rowSentences = new HashSet<>();
        doc.tables().forEach(t -> t.rows().forEach(r -> rowSentences.add(t.rowSentence(r))));
        Map<String, String> rowSections = new HashMap<>();
        Section outline = OutlineBuilder.build(doc, rowSentences, rowSections);
        rows = new java.util.ArrayList<>(rows);
        rows.addAll(LabelledDuties.of(doc.path(), doc.title(), outline)); // a plan's tasks in parentheses, not a table
        List<DataTable> data = doc.tables().stream()
                .filter(t -> TaskColumns.of(t.header()) == null && !t.rows().isEmpty())
                .map(t -> new DataTable(t, rowSections.getOrDefault(t.rowSentence(t.rows().get(0)), ""))).toList();
        return new DocumentFacts(doc.path(), doc.title(), outline, rows, rowSections, data);
    }
}
