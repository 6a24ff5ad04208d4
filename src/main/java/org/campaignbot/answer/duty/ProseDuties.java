package org.campaignbot.answer.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.LabelledDuties;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.knowledge.table.DutyParenthesis;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * Duties written as prose rather than as a task table: minutes and notices list what was agreed item by item,
 * "4.关于干部专题轮训。由县委组织部牵头，县委党校配合，……陈晓梅同志负责，2027年一季度全部轮训完毕。" Such an item
 * is read as a task row (its heading the task; the units, the person and the deadline from its sentences) so that
 * "陈晓梅负责哪些" and "督办台账哪个单位牵头" are answered as for a table. These rows answer questions only; the
 * supervision ledger keeps to the task tables and the labelled parentheses ({@link DutyParenthesis}, read into the
 * document's own rows), which say plainly who is reminded.
 */
final class ProseDuties {
    /** "由县委组织部牵头", "由县财政局负责": the lead units. */
    private static final Pattern LEAD = Pattern.compile("由([^，。；,;]{2,30}?)(?<!同志)(?:牵头|负责)");
    /** A clause naming the units that co-operate: "县委党校配合", "县直有关部门配合". */
    private static final Pattern CO = Pattern.compile("^([^，。；,;由]{2,30}?)(?:配合|协助|协办)$");
    /** The person answerable, after a title, 由 or at a clause's start: "组织部部长陈晓梅同志负责", "由周海涛同志负责". */
    private static final Pattern OWNER = Pattern.compile("(?:^|[长记任员委理由，,、。；;])(\\p{IsHan}{2,3}?)同志(?:负责|牵头|督办)");
    /** The deadline as minutes write it: 11月30日前, 2026年12月底前, 2027年一季度, 每月5日前, 长期坚持. */
    private static final Pattern DEADLINE = Pattern.compile("(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日|底|末|上旬|中旬|下旬)?前"
            + "|\\d{4}年[一二三四]季度|(?:\\d{4}年)?年底前|每(?:月|周|季度)\\d{0,2}日?前?|长期坚持");
    private static final Pattern CLAUSE = Pattern.compile("[，。；,;：:]");
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[、和及]");

    private ProseDuties() {
    }

    /**
     * The document's items that say in their sentences who leads or answers for them and by when; none for other
     * prose, and none for items with a responsibility parenthesis, which are the document's own rows already
     * ({@link org.campaignbot.knowledge.structure.LabelledDuties}).
     */
    static List<TaskRow> of(DocumentFacts doc) {
        java.util.Set<String> labelled = new java.util.HashSet<>();
        doc.rows().stream().filter(ProseDuties::isLabelled).forEach(r -> labelled.add(r.sentence()));
        List<TaskRow> rows = new ArrayList<>();
        for (Section s : doc.outline().flatten()) {
            if (s.level() == 0 || !s.children().isEmpty() || s.body().isEmpty()
                    || HeadingDetector.isQuestion(s.heading())) {
                continue; // a handbook's question ("19.问：什么是月度赛马？") is no task, whoever its answer names
            }
            String raw = LabelledDuties.itemText(s);
            if (labelled.contains(raw)) {
                continue;
            }
            TaskRow narrated = narratedRow(doc, s, raw);
            if (narrated != null) {
                rows.add(narrated);
            }
        }
        return rows;
    }

    /** An item that says in its sentences who leads it and by when (minutes: "由县委组织部牵头，…2027年一季度…"). */
    private static TaskRow narratedRow(DocumentFacts doc, Section s, String raw) {
        // matched without width differences, quoted as written (folding keeps every character's place)
        String text = HalfWidth.of(raw);
        Matcher lead = LEAD.matcher(text);
        List<String> leads = lead.find() ? units(raw.substring(lead.start(1), lead.end(1))) : List.of();
        Matcher owner = OWNER.matcher(text);
        String person = owner.find() ? raw.substring(owner.start(1), owner.end(1)) : "";
        // the deadline after the person answerable, when one is named: dates before it may be of something else
        Matcher deadline = DEADLINE.matcher(text);
        String by = deadline.find(person.isEmpty() ? 0 : owner.start()) || deadline.find(0)
                ? raw.substring(deadline.start(), deadline.end()) : "";
        if ((leads.isEmpty() && person.isEmpty()) || by.isEmpty()) {
            return null;
        }
        String task = s.topic().replaceFirst("^关于", "");
        // the clause holding the deadline says what is due by then ("2027年1月底前出台考核细则"): shown as a note
        String due = clauseAt(raw, deadline.start());
        return new TaskRow(doc.path(), doc.title(), TaskRow.NARRATED, "", task, leads, coUnits(raw), person, by,
                due.equals(by) ? "" : due, raw);
    }

    /** The clause (between commas or full stops) of the text that holds the character at {@code at}. */
    private static String clauseAt(String text, int at) {
        int start = at;
        while (start > 0 && !CLAUSE.matcher(text.substring(start - 1, start)).matches()) {
            start--;
        }
        int end = at;
        while (end < text.length() && !CLAUSE.matcher(text.substring(end, end + 1)).matches()) {
            end++;
        }
        return text.substring(start, end).strip();
    }

    /**
     * True for a row read from an item's responsibility parenthesis: the item is about that task and nothing else,
     * unlike minutes' paragraphs, which may mention several things.
     */
    static boolean isLabelled(TaskRow row) {
        return row.tableIndex() == TaskRow.LABELLED;
    }

    /** True for a row read from an item's prose rather than from a task table. */
    static boolean isProse(TaskRow row) {
        return row.tableIndex() < 0;
    }

    /** The heading path of the item a prose row was read from, for its citation. */
    static String sectionOf(DocumentFacts doc, TaskRow row) {
        return doc.outline().flatten().stream()
                .filter(s -> LabelledDuties.itemText(s).equals(row.sentence()))
                .map(Section::path).findFirst().orElse("");
    }

    private static List<String> coUnits(String text) {
        for (String clause : CLAUSE.split(text)) {
            Matcher co = CO.matcher(clause.strip());
            if (co.matches()) {
                return units(co.group(1));
            }
        }
        return List.of();
    }

    private static List<String> units(String names) {
        return UNIT_SEPARATOR.splitAsStream(names).map(String::strip)
                .filter(n -> n.length() >= 2 && UNIT_NAME.matcher(n).find()).toList();
    }

    /**
     * What a unit's name ends with: "由包抓区级领导约谈责任单位主要负责同志" names a person by his role, no unit, and is no
     * duty of a unit.
     */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?:局|委|办|室|部|厅|院|校|中心|小组|组|队|所|站|处|科|会|政府|部门|单位|机关|街道|乡镇|公司)$");
}
