package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.message.Reply;

/**
 * The items of a list a quoted reply gives ("一是盯紧时间节点，…；二是压实工作责任，…；三是强化跟踪问效，…"), each by
 * its first clause and the document it is quoted from, in order: "那第三条具体说说" after such a reply means the third
 * of them, not the third part of the document the list stands in.
 */
final class QuotedItems {
    /** One quotation of a reply: “…”[n] on a line of its own. */
    private static final Pattern QUOTE = Pattern.compile("(?m)^“(.*)”\\[(\\d+)]$");
    private static final Pattern PIECE_END = Pattern.compile("(?<=[；;。])");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,：:；;。]");
    /** Fewer items than this is not a list. */
    private static final int MIN_ITEMS = 2;

    private QuotedItems() {
    }

    static List<String> of(Reply reply) {
        List<String> items = new ArrayList<>();
        int kind = -1;
        Matcher quote = QUOTE.matcher(reply.text());
        while (quote.find()) {
            for (String piece : PIECE_END.split(quote.group(1))) {
                int k = Enumeration.kindOf(piece);
                if (k < 0 || kind >= 0 && k != kind) {
                    continue;
                }
                kind = k;
                int citation = Integer.parseInt(quote.group(2)) - 1;
                String title = citation < reply.citations().size() ? reply.citations().get(citation).source() : "";
                // the document too: the item's words alone may name a heading of another document (执行落实明显加强)
                items.add((title.isEmpty() ? "" : "《" + title + "》") + CLAUSE_END.split(piece.strip(), 2)[0]);
            }
        }
        return items.size() >= MIN_ITEMS ? List.copyOf(items) : List.of();
    }
}
