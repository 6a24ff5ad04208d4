package org.campaignbot.answer.outline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * A slogan of two parallel halves joined by 促 (抓学习促提升) is named in speech by its first half: "抓学习这块",
 * "那抓执行那条呢". The campaign's three parts are headed this way in every document of it.
 */
public final class SloganHalf {
    private static final Pattern QUOTES = Pattern.compile("[“”\"]");

    private static final Pattern SLOGAN = Pattern.compile("^(\\p{IsHan}{3,5})促\\p{IsHan}{2,5}$");

    private SloganHalf() {
    }

    /** The first half of a heading key written as X促Y ("抓学习" of 抓学习促提升), if it is one. */
    public static Optional<String> of(String key) {
        Matcher m = SLOGAN.matcher(QUOTES.matcher(HalfWidth.of(key)).replaceAll(""));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
