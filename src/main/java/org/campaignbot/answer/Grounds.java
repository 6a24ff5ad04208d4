package org.campaignbot.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.search.Passage;

/**
 * "书记为什么说我们的工作还有很大提升空间": the sentence that matches best is the claim itself ("这说明，…我们的工作还有
 * 很大提升空间。"), and it says so by drawing a conclusion from the sentence before it ("…满意率为87.6%，还没有达到…"),
 * which is the reason asked for. When the quoted claim opens with such a link, the sentence before it in its paragraph
 * is quoted first.
 */
final class Grounds {
    /** "为什么说", "为啥说", "凭什么说": the question asks why a claim holds, not what to do. */
    private static final Pattern WHY_SAID = Pattern.compile("(?:为什么|为啥|为何|凭什么|怎么)说");
    /** A sentence that concludes from, or warns on the strength of, what was just said. */
    private static final Pattern CONCLUDES = Pattern.compile("^(?:这说明|这表明|这反映|这就说明|由此可见|可见|因此|所以|如果不|否则)");

    private Grounds() {
    }

    static List<Candidate> before(String question, List<Candidate> chosen, List<Passage> passages) {
        if (chosen.isEmpty() || !WHY_SAID.matcher(question).find()) {
            return chosen;
        }
        // the sentence before the claim in its paragraph, whatever it says
        return CONCLUDES.matcher(chosen.get(0).text().strip()).find()
                ? Companions.withNeighbour(chosen, passages, -1, sentence -> true) : chosen;
    }
}
