package org.campaignbot.answer.outline;

import java.util.Set;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.structure.Section;

/**
 * "讲话第一块里 提升群众幸福感那条具体要干哪些事": the number names a part, and the rest of the question one of its
 * sub-parts, in words of its heading ("第三,开展…是提升人民群众幸福感和满意度的必然选择") too few for the heading
 * names to find it. The sub-part whose heading holds at least half of the topic's bigrams, and more than any other
 * sub-part's heading, is the one meant.
 */
final class ChildByTopic {
    private static final double MIN_SHARE = 0.5;

    private ChildByTopic() {
    }

    /** The sub-part of {@code part} the topic names, or {@code part} itself when none clearly does. */
    static SectionMatch of(SectionMatch part, Set<String> topic) {
        Section best = null;
        double bestShare = 0;
        boolean tie = false;
        for (Section child : part.section().children()) {
            double share = RelevanceFloor.share(topic, HalfWidth.of(child.heading()));
            if (share > bestShare) {
                best = child;
                bestShare = share;
                tie = false;
            } else if (share == bestShare && share > 0) {
                tie = true;
            }
        }
        return best != null && !tie && bestShare >= MIN_SHARE ? new SectionMatch(part.document(), best) : part;
    }
}
