package org.campaignbot.knowledge.structure;

import java.util.ArrayList;
import java.util.List;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.table.DutyParenthesis;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * The tasks of a plan that has no task table but closes each task with who leads it and by when, in a parenthesis
 * ({@link DutyParenthesis}): "1.开办“项目大讲堂”。……（牵头单位：市发展改革委；责任人：王志刚；完成时限：2027年12月底前）".
 * Each such item is a task row, as a table's row is: for duty answers and for the supervision ledger alike. Its task
 * is the item's heading, its sentence the whole item.
 */
public final class LabelledDuties {
    private LabelledDuties() {
    }

    public static List<TaskRow> of(String path, String title, Section outline) {
        List<TaskRow> rows = new ArrayList<>();
        List<Section> without = new ArrayList<>(); // the items since the last one with duties, for "以上两项…"
        for (Section s : outline.flatten()) {
            if (s.level() == 0 || !s.children().isEmpty() || s.body().isEmpty()
                    || HeadingDetector.isQuestion(s.heading())) {
                without.clear();
                continue; // a handbook's question ("19.问：什么是月度赛马？") is no task, whoever its answer names
            }
            DutyParenthesis duties = DutyParenthesis.in(itemText(s));
            if (duties == null) {
                without.add(s);
                continue;
            }
            int earlier = Math.min(duties.items() - 1, without.size());
            for (Section before : without.subList(without.size() - earlier, without.size())) {
                rows.add(row(path, title, before, duties));
            }
            rows.add(row(path, title, s, duties));
            without.clear();
        }
        return rows;
    }

    /** An item as one text: its heading and its paragraphs, as the row's sentence and citation hold it. */
    public static String itemText(Section item) {
        return item.heading() + String.join("", item.body());
    }

    private static TaskRow row(String path, String title, Section item, DutyParenthesis duties) {
        return new TaskRow(path, title, TaskRow.LABELLED, "", item.topic(), duties.leads(), duties.co(), duties.owner(),
                duties.deadline(), "", itemText(item));
    }
}
