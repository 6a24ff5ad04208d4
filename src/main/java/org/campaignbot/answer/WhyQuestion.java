package org.campaignbot.answer;

import java.util.regex.Pattern;

/**
 * "为什么要开展三抓三促" asks for a reason, and the speech gives reasons in recognisable words: 是…的需要, 必然选择,
 * 重要途径, 目的就是, 为了, 才能, 确保. Embeddings of long sentences blur the difference between a sentence that says what
 * to do and one that says why; the reason words are scored explicitly, as {@link ListQuestion} does for lists.
 */
final class WhyQuestion {
    private static final Pattern REASON = Pattern.compile("需要|必然选择|途径|手段|有效方式|目的|意义|就是要|为了|才能|确保|以便|因为|根本|关键在于|检验|衡量|原因|根源|根子在");
    static final double REASON_BONUS = 0.06;

    private WhyQuestion() {
    }

    static boolean asks(String question) {
        return org.campaignbot.knowledge.search.ReasonQuestion.asks(question);
    }

    /**
     * A short sentence that judges what follows it ("作风是行动成败的关键。" before "各级领导干部要带头转变作风…"): the
     * reason for the requirements after it, though it has none of the reason words.
     */
    private static final Pattern JUDGEMENT = Pattern.compile("关键|基础|前提|保障|根本|生命线|核心|首要");
    private static final int JUDGEMENT_SENTENCE = 30;

    static boolean judges(String sentence) {
        return sentence.length() <= JUDGEMENT_SENTENCE && (JUDGEMENT.matcher(sentence).find() || REASON.matcher(sentence).find());
    }

    /**
     * A sentence that states a purpose outright ("开展观摩拉练，目的是以观摩促比拼", "设立项目秘书，目的是让企业专心抓建设")
     * answers "图个啥" / "为啥要" more surely than one that merely holds a reason word (需要, 确保): it counts twice.
     */
    private static final Pattern PURPOSE = Pattern.compile("目的是|目的就是|目的在于|为的是|旨在|就是为了|是为了");

    static double bonus(boolean why, String sentence) {
        if (!why || !REASON.matcher(sentence).find()) {
            return 0;
        }
        return PURPOSE.matcher(sentence).find() ? 2 * REASON_BONUS : REASON_BONUS;
    }
}
