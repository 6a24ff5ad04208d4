package org.campaignbot.answer.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.load.DocTable;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * "督查结果河西县多少分", "市住建局排第几", "白沙县评了个啥等次": one cell of a results table, asked by the row's name and
 * what the column holds. The row is quoted whole. Passage search finds the sentence that introduces the table ("县区督查
 * 结果如下：") as readily as the row, and that sentence gives no score.
 */
public final class RowLookup {
    /** What is asked of the row, and how its column is called: a score, a rank, a grade. */
    private record Asked(Pattern question, Pattern header) {
    }

    private static final List<Asked> ASKED = List.of(
            new Asked(Pattern.compile("多少分|几分|得分|分数|分值"), Pattern.compile("分")),
            new Asked(Pattern.compile("第几|排名|名次|排多少|排在"), Pattern.compile("排名|名次|位次")),
            new Asked(Pattern.compile("等次|等级|档次|评了个?(?:啥|什么)"), Pattern.compile("等次|等级|档次")));
    /** A row's name this short is too easily part of other words. */
    private static final int MIN_NAME = 3;

    private RowLookup() {
    }

    /** The row the question names, in the first results table that has both the row and the column asked for. */
    public static Optional<TableAnswers.Answer> answer(String question, DocumentCatalog catalog) {
        String q = HalfWidth.of(question);
        List<Asked> asked = ASKED.stream().filter(a -> a.question().matcher(q).find()).toList();
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        for (DocumentFacts doc : catalog.documents()) {
            for (DocumentFacts.DataTable data : doc.dataTables()) {
                DocTable t = data.table();
                boolean hasColumn = asked.stream().anyMatch(a -> t.header().stream().anyMatch(h -> a.header().matcher(h).find()));
                if (!hasColumn) {
                    continue;
                }
                for (List<String> row : t.rows()) {
                    String name = TableAnswers.name(t, row);
                    if (name.length() >= MIN_NAME && q.contains(HalfWidth.of(name))) {
                        String sentence = t.rowSentence(row);
                        String text = "《" + doc.title() + "》" + TableAnswers.label(data) + "中：\n“" + sentence + "”[1]\n";
                        return Optional.of(new TableAnswers.Answer(Reply.withSources(text,
                                List.of(new Citation(doc.title(), data.section(), sentence))), name, List.of()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
