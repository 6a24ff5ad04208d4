package org.campaignbot.knowledge.load;

import java.util.List;

/** A table from a document: the header cells and the data rows, cell text trimmed. */
public record DocTable(List<String> header, List<List<String>> rows) {
    public DocTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * One row as a sentence ("序号：1，工作任务：…，牵头单位：…。"), so that it is searchable like prose. Cells are joined
     * with a comma, not a semicolon, so that sentence splitting keeps the row whole: it is found, embedded and shown
     * as one piece, never as a "责任人：张三；" fragment.
     */
    public String rowSentence(List<String> row) {
        var sb = new StringBuilder();
        for (int i = 0; i < Math.min(header.size(), row.size()); i++) {
            if (row.get(i).isBlank()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('，');
            }
            sb.append(header.get(i).isBlank() ? "" : header.get(i) + "：").append(row.get(i));
        }
        return sb.append('。').toString();
    }
}
