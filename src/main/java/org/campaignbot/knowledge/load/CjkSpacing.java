package org.campaignbot.knowledge.load;

import java.util.regex.Pattern;

/**
 * Removes the spaces PDF text extraction invents in Chinese text. A PDF has no spaces between Chinese characters:
 * the extractor guesses one wherever two glyphs stand a little apart, which is everywhere in a justified line, and
 * wherever Word's export switched fonts, as it does for digits ("每月 20日前"). Chinese is written without spaces, so
 * whitespace next to a Chinese character or full-width punctuation goes when the other side is Chinese, a digit or
 * punctuation; between Latin words, and between Chinese and a Latin word ("使用 WPS 填报"), it stays.
 */
final class CjkSpacing {
    private static final String CJK = "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201F\\u2026\\u2014\\u00B7";
    private static final String TIGHT = CJK + "\\p{Nd}\\p{Punct}";
    private static final Pattern AFTER_CJK = Pattern.compile("(?<=[" + CJK + "])[ \\t\\u00A0]+(?=[" + TIGHT + "])");
    private static final Pattern BEFORE_CJK = Pattern.compile("(?<=[" + TIGHT + "])[ \\t\\u00A0]+(?=[" + CJK + "])");

    private CjkSpacing() {
    }

    static String normalize(String text) {
        return BEFORE_CJK.matcher(AFTER_CJK.matcher(text).replaceAll("")).replaceAll("");
    }
}
