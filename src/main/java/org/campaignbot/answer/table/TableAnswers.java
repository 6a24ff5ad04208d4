package org.campaignbot.answer.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.load.DocTable;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * Questions about a table that is not a task table as a whole, answered from its cells: "考核打分表里哪个指标分最多"
 * (the row with the largest value of a numeric column, quoted whole) and "考核评分表都考哪些指标" (a column's values in
 * order). Its single rows are found by passage search like prose; these questions no single row answers.
 */
public final class TableAnswers {
    private static final Pattern MOST = Pattern.compile("最多|最高|最大|最重|分量最");
    private static final Pattern LEAST = Pattern.compile("最少|最低|最小|最轻");
    /** The last of a ranking: the row with the lowest score. */
    private static final Pattern LAST_PLACE = Pattern.compile("最后一名|倒数第一|垫底|排名最后|排最后|排在最后|末位");
    /**
     * "加分最多能加几分", "每年最少要多少学时": a limit the rules set (累计加分不超过5分), not the row of a table with the
     * largest or smallest value.
     */
    private static final Pattern LIMIT = Pattern.compile("(?:最多|最高|最少|最低)(?:能|可|只能|得|要|加|扣|给|不超过|不少于|不低于)");
    private static final Pattern LISTS = Pattern.compile("哪些|哪几|都有啥|都有什么|都考啥|都考什么|列一下|列出|列个|有几项|几项|多少项");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)");
    /** Words of a title or heading that name no particular table. */
    private static final Set<String> GENERIC = Set.of("三抓", "抓三", "三促", "行动", "实施", "工作", "试行", "方案");

    private TableAnswers() {
    }

    /**
     * @param reply the answer
     * @param row   the name of the one row answered (重点任务推进), which "这项咋扣分" refers to; or ""
     * @param items the values listed, in order, which "第三项呢" refers to; or none
     */
    public record Answer(Reply reply, String row, List<String> items) {
    }

    public static Optional<Answer> answer(String question, DocumentCatalog catalog) {
        String q = HalfWidth.of(question);
        boolean limit = LIMIT.matcher(q).find();
        boolean last = LAST_PLACE.matcher(q).find(); // "最后一名是哪个": the lowest score, whatever else was asked before
        boolean most = !limit && !last && MOST.matcher(q).find();
        boolean least = !limit && !most && (last || LEAST.matcher(q).find());
        boolean lists = LISTS.matcher(q).find();
        if (!most && !least && !lists) {
            return Optional.empty();
        }
        // "哪个县区得分最高": of the tables it may mean, first one whose other columns the question names too (县区, not
        // the 单位 of the departments' table under the same heading)
        for (boolean rowKindNamed : List.of(true, false)) {
            for (DocumentFacts doc : catalog.documents()) {
                for (DocumentFacts.DataTable data : doc.dataTables()) {
                    if (rowKindNamed && !namesAColumn(q, data.table())) {
                        continue;
                    }
                    Optional<Answer> reply = most || least ? extreme(q, data, doc.title(), most) : listed(q, data, doc.title());
                    if (reply.isPresent()) {
                        return reply;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The question is about this table: it says 表 and shares a word with the table's heading or its document's title
     * ("考核打分表"), or shares two ("考核评分…指标"), besides the column it asks about. A column name does not tell
     * tables apart: "营商环境评价都有哪些指标" is not about a scoring table of 考核指标.
     */
    private static boolean about(String q, DocumentFacts.DataTable data, String title, String column) {
        Set<String> grams = RelevanceFloor.contentBigrams(q);
        String context = HalfWidth.of(data.section() + " " + title);
        long shared = grams.stream().filter(g -> g.length() == 2 && !GENERIC.contains(g) && context.contains(g)
                && !column.contains(g)).count();
        return shared >= 2 || shared >= 1 && q.contains("表");
    }

    /** The row with the largest (or smallest) value of the numeric column the question names, quoted whole. */
    private static Optional<Answer> extreme(String q, DocumentFacts.DataTable data, String title, boolean most) {
        DocTable t = data.table();
        Matcher superlative = (most ? MOST : LEAST).matcher(q);
        if (!superlative.find()) {
            superlative = LAST_PLACE.matcher(q); // "最后一名"
            superlative.find();
        }
        for (int col = 0; col < t.header().size(); col++) {
            String name = HalfWidth.of(t.header().get(col));
            // "得分最高" names 综合得分 by its last word
            String tail = name.length() > 2 ? name.substring(name.length() - 2) : name;
            boolean named = name.length() >= 2 && (q.contains(name) || q.contains(tail + "最") || q.contains(tail + "排"))
                    || !name.isEmpty() && superlative.start() > 0 && q.charAt(superlative.start() - 1) == name.charAt(0);
            if (!named || !numeric(t, col) || !about(q, data, title, name)) {
                continue;
            }
            int c = col;
            Comparator<List<String>> byValue = Comparator.comparingDouble(r -> value(r, c));
            List<String> row = t.rows().stream().filter(r -> !Double.isNaN(value(r, c)))
                    .max(most ? byValue : byValue.reversed()).orElseThrow();
            String sentence = t.rowSentence(row);
            String text = "《" + title + "》" + label(data) + "中" + t.header().get(col) + (most ? "最高" : "最低")
                    + "的一项：\n“" + sentence + "”[1]\n";
            return Optional.of(new Answer(Reply.withSources(text, List.of(new Citation(title, data.section(), sentence))),
                    name(t, row), List.of()));
        }
        return Optional.empty();
    }

    /** The values of the column the question names ("指标" → 考核指标), in the table's order. */
    private static Optional<Answer> listed(String q, DocumentFacts.DataTable data, String title) {
        DocTable t = data.table();
        for (int col = 0; col < t.header().size(); col++) {
            String name = HalfWidth.of(t.header().get(col));
            String tail = name.length() > 2 ? name.substring(name.length() - 2) : name;
            // the table's own heading or 表 named too: "做法和成效写了哪几家单位" asks about another part's units
            if (name.length() < 2 || numeric(t, col) || !(q.contains(name) || q.contains(tail))
                    || !about(q, data, title, q.contains(name) ? name : tail) || !namesTheTable(q, data)) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (List<String> row : t.rows()) {
                if (col < row.size() && !row.get(col).isBlank()) {
                    values.add(row.get(col).strip());
                }
            }
            StringBuilder text = new StringBuilder("《" + title + "》" + label(data) + "列出的" + t.header().get(col)
                    + "（共 " + values.size() + " 项）：\n");
            for (int i = 0; i < values.size(); i++) {
                text.append(i + 1).append(". ").append(values.get(i)).append('\n');
            }
            text.setLength(text.length() - 1);
            text.append("[1]\n");
            return Optional.of(new Answer(Reply.withSources(text.toString(),
                    List.of(new Citation(title, data.section(), String.join("\n", values)))), "", values));
        }
        return Optional.empty();
    }

    /** The question says 表 or 结果, or shares a word with the heading the table stands under. */
    private static boolean namesTheTable(String q, DocumentFacts.DataTable data) {
        String heading = HalfWidth.of(data.section());
        return q.contains("表") || q.contains("结果") || RelevanceFloor.contentBigrams(q).stream()
                .anyMatch(g -> g.length() == 2 && !GENERIC.contains(g) && heading.contains(g));
    }

    /** True when the question names one of the table's columns in full ("哪个县区得分最高": 县区). */
    private static boolean namesAColumn(String q, DocTable t) {
        return t.header().stream().map(HalfWidth::of).anyMatch(h -> h.length() >= 2 && q.contains(h));
    }

    /** What a row is called: its first cell that is not a number (考核指标 重点任务推进, not 序号 4). */
    static String name(DocTable t, List<String> row) {
        for (int col = 0; col < row.size(); col++) {
            if (!row.get(col).isBlank() && !numeric(t, col)) {
                return row.get(col).strip();
            }
        }
        return "";
    }

    static String label(DocumentFacts.DataTable data) {
        String section = data.section();
        int last = section.lastIndexOf('>');
        return section.isEmpty() ? "" : "“" + (last < 0 ? section : section.substring(last + 1)).strip() + "”";
    }

    /** Every non-empty cell of the column starts with a number: 分值 (8, 10, 20), not 评分标准. */
    private static boolean numeric(DocTable t, int col) {
        return t.rows().stream().allMatch(r -> col >= r.size() || r.get(col).isBlank() || !Double.isNaN(value(r, col)))
                && t.rows().stream().anyMatch(r -> !Double.isNaN(value(r, col)));
    }

    private static double value(List<String> row, int col) {
        if (col >= row.size()) {
            return Double.NaN;
        }
        Matcher m = NUMBER.matcher(HalfWidth.of(row.get(col)));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
