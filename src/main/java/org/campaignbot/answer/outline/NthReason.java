package org.campaignbot.answer.outline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.ReasonQuestion;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.message.Reply;

/**
 * "为啥要搞三抓三促 第二条理由是什么", "那第三个理由咋说的": one reason of a numbered list of reasons. The speech gives them
 * as parts of their own ("第一,开展…是…现实需要。" "第二,…是…迫切需要。" "第三,…必然选择。"); the sentence that best matches
 * the question's words is any of them, while the number says which.
 */
public final class NthReason {
    private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十\\d]{1,2})(?:条|个|点|项)?(?:理由|原因|需要|方面的原因)");
    /** How far down the ranking the reasons' passages are looked for. */
    private static final int DEPTH = 5;

    private NthReason() {
    }

    public static Optional<Reply> answer(String question, DocumentCatalog catalog, List<Passage> passages) {
        String q = HalfWidth.of(question);
        Matcher m = ORDINAL.matcher(q);
        if (!m.find() || !ReasonQuestion.asks(q) && !q.contains("理由") && !q.contains("原因")) {
            return Optional.empty();
        }
        int n = ChineseNumerals.parse(m.group(1));
        for (Passage p : passages.subList(0, Math.min(DEPTH, passages.size()))) {
            Optional<DocumentFacts> doc = catalog.document(p.chunk().path());
            if (doc.isEmpty() || p.chunk().row()) {
                continue;
            }
            Optional<Section> reasons = reasonsHolding(doc.get(), p.chunk().section());
            if (reasons.isPresent() && n >= 1 && n <= reasons.get().children().size()) {
                Section nth = reasons.get().children().get(n - 1);
                return Optional.of(SectionReply.of(new SectionMatch(doc.get(), nth)));
            }
        }
        return Optional.empty();
    }

    /** The part at or above {@code path} whose sub-parts are reasons (most of their headings say why), if any. */
    private static Optional<Section> reasonsHolding(DocumentFacts doc, String path) {
        return doc.outline().flatten().stream()
                .filter(s -> s.children().size() >= 2
                        && (s.path().equals(path) || s.children().stream().anyMatch(c -> c.path().equals(path))))
                .filter(s -> s.children().stream().filter(c -> ReasonQuestion.givesAReason(c.heading())).count() * 2
                        > s.children().size())
                .findFirst();
    }
}
