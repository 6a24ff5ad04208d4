package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.Deadline;

import java.util.List;

/**
 * One row of a plan's task table, as read from the document (before it meets the ledger).
 *
 * @param source     document path under the knowledge directory
 * @param tableIndex which task table of the document (0-based), so two tables numbered 1… do not collide
 * @param no         the 序号 cell as written, or ""
 * @param leadUnit   the first unit in 牵头单位 / 责任单位
 * @param coUnits    配合单位, plus any further units named in the lead cell
 * @param owner      责任人, or ""
 */
public record PlanTask(String source, int tableIndex, String no, String title, String leadUnit, List<String> coUnits,
                       String owner, Deadline deadline) {
    public PlanTask {
        coUnits = List.copyOf(coUnits);
    }
}
