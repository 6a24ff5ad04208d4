package org.campaignbot.knowledge.search;

import java.util.regex.Pattern;

/**
 * Whether a question asks for a reason or purpose ("为什么要开展三抓三促", "一把手每月听汇报是为了啥"). The relevance floor
 * is more lenient with such questions (see {@link RelevanceFloor#acceptsReasonQuestion}), and the extractive answerer
 * prefers sentences that give reasons.
 */
public final class ReasonQuestion {
    private static final Pattern ASKS = Pattern.compile(
            "为什么|为啥|为何|干嘛要|干吗要|什么目的|目的是|目的何在|什么意义|有何意义|原因|为了什么|为了啥|是为了");

    private ReasonQuestion() {
    }

    public static boolean asks(String question) {
        return ASKS.matcher(question).find();
    }
}
