package org.campaignbot.knowledge.table;

import java.util.List;

/**
 * One row of a task table (重点任务清单) read as data, the same for the supervision ledger and for duty answers.
 *
 * @param source        the document's path under the knowledge folder
 * @param documentTitle the document's title, for citations
 * @param tableIndex    which task table of the document (0-based); {@link #LABELLED} or {@link #NARRATED} for a task
 *                      read from an item of prose
 * @param no            the 序号 cell as written, or ""
 * @param task          the task cell (工作任务 / 任务内容 …)
 * @param leadUnits     the units of the 牵头单位 cell, in order (usually one)
 * @param coUnits       the units of the 配合单位 cell
 * @param owner         the 责任人 cell as written, or ""
 * @param deadline      the 完成时限 cell as written
 * @param note          the 备注 cell as written, or "" (it sometimes names a helping office: 配合科室：政策法规科)
 * @param sentence      the row as one searchable sentence (see {@link org.campaignbot.knowledge.load.DocTable#rowSentence})
 * @param extras        the row's other cells, each as "column name：cell" (整改问题：工作群过多、过度留痕, 完成标志：工作群精简
 *                      50%以上): a table may say in them what the task is about and when it counts as done
 */
public record TaskRow(String source, String documentTitle, int tableIndex, String no, String task,
                      List<String> leadUnits, List<String> coUnits, String owner, String deadline, String note,
                      String sentence, List<String> extras) {
    /** The table index of a row read from an item's sentences ("由县委组织部牵头…", minutes), not from a table. */
    public static final int NARRATED = -1;
    /** The table index of a row read from an item's responsibility parenthesis ({@link DutyParenthesis}). */
    public static final int LABELLED = -2;

    public TaskRow {
        leadUnits = List.copyOf(leadUnits);
        coUnits = List.copyOf(coUnits);
        extras = List.copyOf(extras);
    }

    /** A row without other cells. */
    public TaskRow(String source, String documentTitle, int tableIndex, String no, String task, List<String> leadUnits,
                   List<String> coUnits, String owner, String deadline, String note, String sentence) {
        this(source, documentTitle, tableIndex, no, task, leadUnits, coUnits, owner, deadline, note, sentence, List.of());
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
