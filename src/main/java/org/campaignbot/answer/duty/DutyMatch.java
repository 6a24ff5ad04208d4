package org.campaignbot.answer.duty;

import org.campaignbot.knowledge.table.TaskAsk;
import java.util.List;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * The task rows a duty question is about.
 *
 * @param subject  who or what the rows were selected by ("张三", "市委党校"), or "" when selected by the task's words
 * @param rows     the matching rows, with the document each comes from; never empty
 * @param coRows   how many of {@code rows} (at the end) the subject only co-operates on
 * @param ask      what the question asks about the rows
 * @param title    the first line of the reply when the subject alone does not make one ("重点任务清单（共 19 项）："),
 *                 or ""
 */
public record DutyMatch(String subject, List<Found> rows, int coRows, TaskAsk ask, String title) {
    public record Found(TaskRow row, DocumentFacts document) {
    }

    public DutyMatch {
        rows = List.copyOf(rows);
        title = title == null ? "" : title;
    }

    public DutyMatch(String subject, List<Found> rows, int coRows, TaskAsk ask) {
        this(subject, rows, coRows, ask, "");
    }
}
