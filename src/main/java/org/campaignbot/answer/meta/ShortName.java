package org.campaignbot.answer.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * "县行动办是个啥机构", "作风办的全称是什么": a short name a document brings in with "（简称县行动办）" is defined by the
 * sentence that brings it in, which says what it stands for and where it sits. That sentence is quoted; sentences that
 * only use the short name ("县行动办负责平时考核") do not say what it is.
 */
public final class ShortName {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The short name, then what is asked of it. */
    private static final Pattern ASKED = Pattern.compile(
            "^(?:请问|那个|这个)?(\\p{IsHan}{2,8}?)的?全称(?:是|叫)?(?:啥|什么)?[?？。]?$"
                    + "|^(?:请问|那个|这个|那|这)?(\\p{IsHan}{2,8}?)(?:到底|究竟)?(?:是|指)(?:的)?(?:个|一个)?(?:啥|什么|哪个|哪家)(?:机构|单位|部门|意思|组织)?[?？。]?$");

    private ShortName() {
    }

    public static Optional<Reply> answer(String question, DocumentCatalog catalog) {
        Matcher asked = ASKED.matcher(SPACES.matcher(HalfWidth.of(question)).replaceAll(""));
        if (!asked.find()) {
            return Optional.empty();
        }
        String name = asked.group(1) != null ? asked.group(1) : asked.group(2);
        Pattern introduced = Pattern.compile("简称[\"“]?" + Pattern.quote(name) + "[\"”]?[)）,，]");
        for (DocumentFacts doc : catalog.documents()) {
            for (Section s : doc.outline().flatten()) {
                for (String sentence : s.level() > 0 ? concat(s.heading(), s.body()) : s.body()) {
                    if (introduced.matcher(sentence).find()) {
                        return Optional.of(Reply.withSources("“" + sentence + "”[1]\n",
                                List.of(new Citation(doc.title(), s.level() == 0 ? "" : s.path(), sentence))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new java.util.ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }
}
