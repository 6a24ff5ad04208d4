package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/** Joins a structured answer and a quoted one into one reply with one numbered list of sources. */
final class Replies {
    private static final Pattern REFERENCE = Pattern.compile("\\[(\\d{1,2})]");

    private Replies() {
    }

    /**
     * The structured reply, then the first quotation of the prose reply under "相关原文", renumbered after the
     * structured reply's sources. A prose reply that quotes nothing, or only what a row already shows, adds nothing.
     */
    static Reply withProse(Reply structured, Reply prose) {
        String quote = prose.text().lines().filter(l -> l.startsWith("“")).findFirst().orElse("");
        Matcher m = REFERENCE.matcher(quote);
        if (quote.isEmpty() || !m.find()) {
            return structured;
        }
        int proseNumber = Integer.parseInt(m.group(1));
        Citation source = prose.citations().get(proseNumber - 1);
        List<Citation> citations = new ArrayList<>(structured.citations());
        citations.add(source);
        String renumbered = quote.replace("[" + proseNumber + "]", "[" + citations.size() + "]");
        return Reply.withSources(structured.body() + "相关原文：" + renumbered + "\n", citations);
    }
}
