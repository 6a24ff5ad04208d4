package org.campaignbot.answer.duty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.knowledge.table.TaskRow;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * Writes duty answers as a compact list, one task per item with every column a cadre needs (牵头单位, 配合单位, 责任人,
 * 完成时限) and, where the ledger has it, its status and last progress. The cells are the table's own words; the
 * citation names the document and the row.
 */
public final class DutyReply {
    /** A chat reply stays readable on a phone; more rows than this are counted, not listed. */
    static final int MAX_ROWS = 8;

    private DutyReply() {
    }

    public static Reply of(DutyMatch match, TaskProgress progress) {
        StringBuilder text = new StringBuilder(heading(match)).append('\n');
        Map<String, Integer> citationNumbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        List<DutyMatch.Found> rows = match.rows();
        int lead = rows.size() - match.coRows();
        for (int i = 0; i < Math.min(MAX_ROWS, rows.size()); i++) {
            DutyMatch.Found f = rows.get(i);
            TaskRow row = f.row();
            Integer n = citationNumbers.get(f.document().path());
            if (n == null) {
                String section = ProseDuties.isProse(row) ? ProseDuties.sectionOf(f.document(), row)
                        : f.document().sectionOf(row);
                citations.add(new Citation(f.document().title(), section, row.sentence()));
                n = citations.size();
                citationNumbers.put(f.document().path(), n);
            }
            if (rows.size() > 1) {
                text.append(i + 1).append(". ");
            }
            text.append(row.task()).append(i >= lead ? "（配合）" : "").append('\n');
            text.append("   ").append(columns(row)).append(" [").append(n).append("]\n");
            progress.describe(row).ifPresent(p -> text.append("   台账：").append(p).append('\n'));
        }
        if (rows.size() > MAX_ROWS) {
            text.append("……另有 ").append(rows.size() - MAX_ROWS).append(" 项，请到督办台账查看。\n");
        }
        return Reply.withSources(text.toString(), citations);
    }

    private static String heading(DutyMatch match) {
        int n = match.rows().size();
        if (!match.title().isEmpty()) {
            return match.title();
        }
        if (match.subject().isEmpty()) {
            return n == 1 ? "任务清单中的这项任务：" : "任务清单中相关的 " + n + " 项任务：";
        }
        if (match.coRows() == n) {
            return match.subject() + "配合的任务（共 " + n + " 项）：";
        }
        return match.subject() + (match.coRows() > 0 ? "牵头或配合" : "负责") + "的任务（共 " + n + " 项）：";
    }

    /** "牵头单位：市纪委监委；配合单位：市委组织部；责任人：吴刚；完成时限：2027年3月31日前". */
    static String columns(TaskRow row) {
        List<String> parts = new ArrayList<>();
        if (!row.leadUnits().isEmpty()) {
            parts.add("牵头单位：" + String.join("、", row.leadUnits()));
        }
        if (!row.coUnits().isEmpty()) {
            parts.add("配合单位：" + String.join("、", row.coUnits()));
        }
        if (!row.owner().isEmpty()) {
            parts.add("责任人：" + row.owner());
        }
        parts.add("完成时限：" + (row.deadline().isEmpty() ? "未写明" : row.deadline()));
        if (!row.note().isEmpty()) {
            parts.add("备注：" + row.note());
        }
        parts.addAll(row.extras()); // "整改问题：…", "完成标志：…": the table's other columns, by their own names
        return String.join("；", parts);
    }
}
