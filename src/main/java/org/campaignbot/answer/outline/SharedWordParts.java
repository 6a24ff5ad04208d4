package org.campaignbot.answer.outline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.common.HalfWidth;

/**
 * "三个下功夫是哪三个", "两个确保指什么": a count and a word that each of a part's sub-headings holds ("（一）在学深悟透上
 * 下功夫" "（二）在狠抓落实上下功夫" "（三）在提质增效上下功夫"). The part's own heading does not say it, so the heading
 * names do not find it; the count must equal the number of sub-parts, and every one of them must hold the word.
 */
final class SharedWordParts {
    /** "三个" before the word the parts share: what is left after it is the word. */
    private static final Pattern COUNTED = Pattern.compile("[一二两三四五六七八九十]个");
    private static final int MIN_WORD = 2;

    private SharedWordParts() {
    }

    /**
     * @param runs  the question's topic runs ({@link SectionAsk#topicWords}, fillers removed)
     * @param count the number of parts the question states
     * @param docs  the documents it may mean, best first
     */
    static Optional<SectionMatch> find(List<String> runs, int count, List<DocumentFacts> docs) {
        if (count < 2) {
            return Optional.empty();
        }
        return withWord(runs, count, docs);
    }

    /** "要清醒看到哪几个差距": the kind of thing asked for, right after 哪几个, which a part's sub-headings each name. */
    private static final Pattern KIND_ASKED = Pattern.compile("(?:哪几|哪些)(?:个|项|条|点|种|类)?(\\p{IsHan}{2,4}?)(?:\\p{IsHan}?$|[,，?？。]|呢|啊|吗)");
    /** The least sub-parts that make a list when the question does not count them. */
    private static final int MIN_PARTS = 3;

    /**
     * As {@link #find(List, int, List)} for a question that does not count the parts: the part whose sub-headings
     * (three or more) each name the kind asked for ("第一，要清醒看到…之间的差距" …), and only one part of the
     * document's does.
     */
    static Optional<SectionMatch> find(String question, List<DocumentFacts> docs) {
        var kind = KIND_ASKED.matcher(HalfWidth.of(question));
        if (!kind.find()) {
            return Optional.empty();
        }
        String word = kind.group(1);
        for (DocumentFacts doc : docs) {
            List<Section> parts = doc.outline().flatten().stream().filter(s -> s.children().size() >= MIN_PARTS
                    && s.children().stream().allMatch(c -> HalfWidth.of(c.heading()).contains(word))).toList();
            if (parts.size() == 1) {
                return Optional.of(new SectionMatch(doc, parts.get(0)));
            }
        }
        return Optional.empty();
    }

    private static Optional<SectionMatch> withWord(List<String> runs, int count, List<DocumentFacts> docs) {
        for (String run : runs) {
            var counted = COUNTED.matcher(run);
            int end = 0;
            while (counted.find()) {
                end = counted.end();
            }
            String word = run.substring(end);
            if (word.length() < MIN_WORD) {
                continue;
            }
            for (DocumentFacts doc : docs) {
                for (Section s : doc.outline().flatten()) {
                    if (s.children().size() == count
                            && s.children().stream().allMatch(c -> HalfWidth.of(c.heading()).contains(word))) {
                        return Optional.of(new SectionMatch(doc, s));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
