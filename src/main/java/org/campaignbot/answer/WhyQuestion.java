package org.campaignbot.answer;

import java.util.regex.Pattern;
import org.campaignbot.knowledge.search.ReasonQuestion;

/**
 * "为什么要开展三抓三促" asks for a reason, and the speech gives reasons in recognisable words
 * ({@link ReasonQuestion#givesAReason}); they are scored explicitly, as {@link ListQuestion} does for lists.
 */
final class WhyQuestion {
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
        return sentence.length() <= JUDGEMENT_SENTENCE
                && (JUDGEMENT.matcher(sentence).find() || ReasonQuestion.givesAReason(sentence));
    }

    /**
     * A sentence that states a purpose outright ("开展观摩拉练，目的是以观摩促比拼", "设立项目秘书，目的是让企业专心抓建设")
     * answers "图个啥" / "为啥要" more surely than one that merely holds a reason word (需要, 确保): it counts twice.
     */
    private static final String PURPOSE_WORDS = "目的是|目的就是|目的在于|为的是|旨在|就是为了|是为了";
    private static final Pattern PURPOSE = Pattern.compile(PURPOSE_WORDS);
    /** A sentence that opens by stating the purpose of what was said before it: "目的是让基层干部…", "这样做是为了…". */
    private static final Pattern OPENS_WITH_PURPOSE = Pattern.compile("^(?:其|这样做的?)?(?:目的|" + PURPOSE_WORDS + ")");

    static boolean opensWithPurpose(String sentence) {
        return OPENS_WITH_PURPOSE.matcher(sentence.strip()).find();
    }

    static double bonus(boolean why, String sentence) {
        if (!why || !ReasonQuestion.givesAReason(sentence)) {
            return 0;
        }
        return PURPOSE.matcher(sentence).find() ? 2 * REASON_BONUS : REASON_BONUS;
    }
}
