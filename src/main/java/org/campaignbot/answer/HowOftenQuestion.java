package org.campaignbot.answer;

import java.util.regex.Pattern;

/**
 * "专题培训班多久办一期", "座谈会多久得开一回" ask how often, and the answer says 每季度, 每月, 定期. A sentence about the
 * same thing without a frequency ("4月下旬举办第3期专题培训班") matches the words as well or better; the frequency is
 * scored explicitly, as {@link WhyQuestion} does for reasons.
 */
final class HowOftenQuestion {
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
}
