package org.campaignbot.answer;

import java.util.regex.Pattern;

/**
 * "专题培训班多久办一期", "座谈会多久得开一回" ask how often, and the answer says 每季度, 每月, 定期. A sentence about the
 * same thing without a frequency ("4月下旬举办第3期专题培训班") matches the words as well or better; the frequency is
 * scored explicitly, as {@link WhyQuestion} does for reasons. So is progress: "台账里的任务现在办得咋样了" is answered by
 * the sentence with the figures ("已办结39项，…进度滞后12项"), not by the one that names the ledger.
 */
final class HowOftenQuestion {
    private static final Pattern PROGRESS_ASKED = Pattern.compile(
            "(?:办|干|搞|做|推进|落实|完成)得(?:咋样|怎么样|如何|怎样)|(?:进展|进度|成效|效果)(?:咋样|怎么样|如何|怎样)|进展情况|完成情况");
    private static final Pattern PROGRESS = Pattern.compile("已(?:办结|完成|化解|解决|建成|上线)|办结率|完成率|滞后|正常推进|提高到|提升到|[\\d.]+%");

    /** True for a question about how far something has got. */
    static boolean asksProgress(String question) {
        return PROGRESS_ASKED.matcher(question).find();
    }

    static double progressBonus(boolean progress, String sentence) {
        return progress && PROGRESS.matcher(sentence).find() ? FREQUENCY_BONUS : 0;
    }

    private static final Pattern ASKED = Pattern.compile("多久|多长时间(?:一|1)[次期回趟]|几天一|几个月一|频次|频率|隔多长");
    private static final Pattern FREQUENCY = Pattern.compile("每(?:天|日|周|星期|旬|月|季度|季|半年|年|两周|两个月|[一二两三四五六\\d]+(?:个月|周|年))|定期|常态化");
    static final double FREQUENCY_BONUS = 0.06;

    private HowOftenQuestion() {
    }

    static boolean asks(String question) {
        return ASKED.matcher(question).find();
    }

    static double bonus(boolean howOften, String sentence) {
        return howOften && FREQUENCY.matcher(sentence).find() ? FREQUENCY_BONUS : 0;
    }

    /** Whether a sentence holds what the question asks for, when it asks how often or how far; always true otherwise. */
    static java.util.function.Predicate<String> holdsAsked(String question) {
        boolean howOften = asks(question);
        boolean progress = asksProgress(question);
        if (!howOften && !progress) {
            return sentence -> true;
        }
        return sentence -> bonus(howOften, sentence) > 0 || progressBonus(progress, sentence) > 0;
    }
}
