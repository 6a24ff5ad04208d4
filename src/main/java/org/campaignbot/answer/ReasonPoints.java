package org.campaignbot.answer;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.ReasonQuestion;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.Section;

/**
 * "为什么要开展三抓三促": the speech's part on why opens with a sentence ("开展…行动，是…的务实举措…") and then gives its
 * reasons as points ("第一，…是贯彻落实…的现实需要。" "第二，…的迫切需要。" "第三，…的必然选择。"). When the sentence a
 * why-answer quotes first opens such a part, the points' sentences are the rest of the answer: each gives a reason.
 */
final class ReasonPoints {
    private static final int MIN_POINTS = 2;

    private ReasonPoints() {
    }

    /** The point sentences to quote after the opening sentence of the passage's part; empty when it opens none. */
    static List<String> after(String quoted, Passage passage, DocumentCatalog catalog) {
        return catalog.document(passage.chunk().path()).flatMap(d -> d.outline().flatten().stream()
                        .filter(s -> s.path().equals(passage.chunk().section()) && !s.body().isEmpty()
                                && quoted.startsWith(s.body().get(0)))
                        .findFirst())
                .map(Section::children)
                .filter(points -> points.size() >= MIN_POINTS
                        && points.stream().allMatch(p -> ReasonQuestion.givesAReason(p.heading())))
                .map(points -> points.stream().map(Section::heading).toList())
                .orElse(List.of());
    }
}
