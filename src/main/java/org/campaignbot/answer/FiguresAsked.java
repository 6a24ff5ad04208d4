package org.campaignbot.answer;

import java.util.regex.Pattern;

/**
 * "专题培训班多久办一期" asks how often, and the answer says 每季度, 每月, 定期; "台账里的任务现在办得咋样了" asks how far,
 * and the answer gives figures (已办结39项，…进度滞后12项). A sentence about the same thing without them
 * ("4月下旬举办第3期专题培训班", "共纳入重点任务142项") matches the words as well or better, so what is asked is scored
 * explicitly, as {@link WhyQuestion} does for reasons.
 *
 * @param howOften the question asks how often
 * @param progress the question asks how far something has got
 */
record FiguresAsked(boolean howOften, boolean progress) {
    private static final Pattern HOW_OFTEN = Pattern.compile("多久|多长时间(?:一|1)[次期回趟]|几天一|几个月一|频次|频率|隔多长");
    private static final Pattern FREQUENCY = Pattern.compile(
            "每(?:天|日|周|星期|旬|月|季度|季|半年|年|两周|两个月|[一二两三四五六\\d]+(?:个月|周|年))|定期|常态化");
    private static final Pattern HOW_FAR = Pattern.compile(
            "(?:办|干|搞|做|推进|落实|完成)得(?:咋样|怎么样|如何|怎样)|(?:进展|进度|成效|效果)(?:咋样|怎么样|如何|怎样)|进展情况|完成情况");
    private static final Pattern PROGRESS = Pattern.compile("已(?:办结|完成|化解|解决|建成|上线)|办结率|完成率|滞后|正常推进|提高到|提升到|[\\d.]+%");
    static final double BONUS = 0.06;

    static FiguresAsked of(String question) {
        return new FiguresAsked(HOW_OFTEN.matcher(question).find(), HOW_FAR.matcher(question).find());
    }

    /** {@link #BONUS} for a sentence that holds what is asked, 0 otherwise. */
    double bonus(String sentence) {
        return howOften && FREQUENCY.matcher(sentence).find() || progress && PROGRESS.matcher(sentence).find() ? BONUS : 0;
    }

    /** Whether a sentence holds what the question asks for; always true when it asks for neither. */
    boolean holds(String sentence) {
        return !howOften && !progress || bonus(sentence) > 0;
    }
}
