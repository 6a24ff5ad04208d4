package org.campaignbot.answer.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.common.ListMarkers;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;

/**
 * "总结会说上半年存在哪几方面问题": a speech lists its problems (or experiences, or shortcomings) inside a paragraph, not
 * under headings: "…还存在一些不容忽视的问题。一是学用转化不够。…二是攻坚劲头不足。…". The list asked for is the one
 * whose announcing sentence names the kind of thing asked for; it is quoted from that sentence to the list's end, the
 * whole list even where the chunks that retrieval ranks cut it in two.
 */
final class KindList {
    /** "哪几方面问题", "哪些经验", "哪几个不足": the kind of thing a list is asked for. */
    private static final Pattern KIND_ASKED = Pattern.compile(
            "(?:哪几|哪些)(?:个|方面|条|项|点|种|类)?的?(问题|经验|成效|成绩|不足|短板|做法|原因)");
    /** "讲话主要讲了哪几个问题" asks for the speech's parts, which it calls 问题, not for problems it lists. */
    private static final Pattern SPOKEN_OF = Pattern.compile("(?:讲|谈|说|论)了?(?:哪几|哪些)");
    private static final Pattern ITEM = Pattern.compile("^(?:[一二三四五六七八九十]是|有的|有些)");

    private KindList() {
    }

    /** The announcing sentence and the list after it, in the first document that has one; empty when none does. */
    static Optional<SectionMatch> find(String question, List<DocumentFacts> docs) {
        Matcher kind = KIND_ASKED.matcher(HalfWidth.of(question));
        if (!kind.find() || docs.isEmpty() || SPOKEN_OF.matcher(question).find()) {
            return Optional.empty();
        }
        String noun = kind.group(1);
        DocumentFacts doc = docs.get(0);
        for (Section s : doc.outline().flatten()) {
            List<String> body = s.body();
            for (int i = 0; i + 1 < body.size(); i++) {
                if (announces(body.get(i), noun) && ListMarkers.opensAList(body.get(i + 1))) {
                    List<String> list = new ArrayList<>(List.of(body.get(i)));
                    for (int j = i + 1; j < body.size() && !ListMarkers.sumsUpAList(body.get(j)); j++) {
                        list.add(body.get(j));
                    }
                    // quoted as a passage of the document, under the part it stands in
                    return Optional.of(new SectionMatch(doc, new Section(0, doc.title(), s.path(), list, List.of())));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean announces(String sentence, String noun) {
        return sentence.contains(noun) && !ITEM.matcher(sentence.strip()).find();
    }
}
