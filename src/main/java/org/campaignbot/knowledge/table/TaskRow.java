package org.campaignbot.knowledge.table;

import java.util.List;

/**
 * One row of a task table (重点任务清单) read as data, the same for the supervision ledger and for duty answers.
 *
 * @param source        the document's path under the knowledge folder
 * @param documentTitle the document's title, for citations
 * @param tableIndex    which task table of the document (0-based)
 * @param no            the 序号 cell as written, or ""
 * @param task          the task cell (工作任务 / 任务内容 …)
 * @param leadUnits     the units of the 牵头单位 cell, in order (usually one)
 * @param coUnits       the units of the 配合单位 cell
 * @param owner         the 责任人 cell as written, or ""
 * @param deadline      the 完成时限 cell as written
 * @param note          the 备注 cell as written, or "" (it sometimes names a helping office: 配合科室：政策法规科)
 * @param sentence      the row as one searchable sentence (see {@link org.campaignbot.knowledge.load.DocTable#rowSentence})
 */
public record TaskRow(String source, String documentTitle, int tableIndex, String no, String task,
                      List<String> leadUnits, List<String> coUnits, String owner, String deadline, String note,
                      String sentence) {
    public TaskRow {
        leadUnits = List.copyOf(leadUnits);
        coUnits = List.copyOf(coUnits);
    }

    /** The people named in 责任人 (张三、李四 → both). */
    public List<String> owners() {
        return TaskTables.units(owner);
    }

    /** The first lead unit, or "". */
    public String leadUnit() {
        return leadUnits.isEmpty() ? "" : leadUnits.get(0);
    }
}
