package org.campaignbot.knowledge.search;

import java.util.regex.Pattern;

/**
 * Whether a question asks for a reason or purpose ("为什么要开展三抓三促", "一把手每月听汇报是为了啥",
 * "最终想达到个啥效果"). The relevance floor is more lenient with such questions (see
 * {@link RelevanceFloor#acceptsReasonQuestion}), and the extractive answerer prefers sentences that give reasons.
 */
public final class ReasonQuestion {
    private static final Pattern ASKS = Pattern.compile(
            "为什么|为啥|为何|干嘛要|干吗要|什么目的|啥目的|目的是|目的何在|什么意义|有何意义|原因|为了什么|为了啥|是为了|"
            // the purpose, asked as the effect wanted: "最终想达到个啥效果", "图的是啥"
            + "达到(?:个)?(?:啥|什么)(?:样的)?(?:效果|目的|目标)|(?:啥|什么)(?:样的)?(?:效果|好处)|图的是|图个啥|图啥");

    /**
     * Words a sentence gives a reason or purpose in (是…的需要, 必然选择, 重要途径, 目的, 为了, 才能, 确保): embeddings of long
     * sentences blur a sentence that says what to do with one that says why.
     */
    private static final Pattern GIVES = Pattern.compile(
            "需要|必然选择|途径|手段|有效方式|目的|意义|就是要|为了|才能|确保|以便|因为|根本|关键在于|检验|衡量|原因|根源|根子在");

    private ReasonQuestion() {
    }

    /** True for a sentence (or a heading) that gives a reason. */
    public static boolean givesAReason(String sentence) {
        return GIVES.matcher(sentence).find();
    }

    public static boolean asks(String question) {
        return ASKS.matcher(question).find();
    }
}
