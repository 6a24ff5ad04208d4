package org.campaignbot.answer.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * "孙立同志是啥职务", "陈晓梅担任什么职务": documents give a person's post beside the name, in brackets after it
 * ("孙立（县纪委副书记、县监委副主任）") or before it ("县委常委、组织部部长陈晓梅同志"). That mention is quoted, word for
 * word, from every document that has one; a person's task list does not say it.
 */
public final class PersonTitle {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The person, then what is asked: a post. */
    private static final Pattern ASKED = Pattern.compile(
            "(\\p{IsHan}{2,3}?)(?:同志)?(?:是|任|担任|现任|当)?(?:个|一个)?(?:啥|什么|哪个|哪一?级|多大)?(?:职务|职位|官|身份|头衔)");
    /** At most this many mentions are quoted. */
    private static final int MAX_MENTIONS = 2;

    private PersonTitle() {
    }

    public static Optional<Reply> answer(String question, DocumentCatalog catalog) {
        Matcher asked = ASKED.matcher(SPACES.matcher(HalfWidth.of(question)).replaceAll(""));
        if (!asked.find()) {
            return Optional.empty();
        }
        String name = asked.group(1);
        Pattern after = Pattern.compile(Pattern.quote(name) + "\\(([^()]{2,40})\\)");
        Pattern before = Pattern.compile("([^,.;:!?，。；：\\s(]{2,24})" + Pattern.quote(name) + "同志");
        StringBuilder body = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DocumentFacts doc : catalog.documents()) {
            for (String line : DocumentMeta.lines(doc.outline())) {
                // HalfWidth maps character for character, so a match's place in the folded line is its place in the line
                String folded = HalfWidth.of(line);
                for (Pattern p : List.of(after, before)) {
                    Matcher m = p.matcher(folded);
                    if (m.find() && seen.size() < MAX_MENTIONS && seen.add(HalfWidth.of(m.group(1)))) {
                        String mention = line.substring(m.start(), m.end());
                        citations.add(new Citation(doc.title(), "", mention));
                        body.append("“").append(mention).append("”[").append(citations.size()).append("]\n");
                    }
                }
            }
        }
        return citations.isEmpty() ? Optional.empty() : Optional.of(Reply.withSources(body.toString(), citations));
    }
}
