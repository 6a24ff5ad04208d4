package org.campaignbot.answer;

import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * A document's sign-off lines, "xx市交通运输局" and "2026年11月10日" under its last paragraph: they end the passage
 * they stand in and share its words (交通局), but say nothing, so they are never quoted as an answer. Who issued a
 * document and when is answered from them as lines ({@code DocumentMeta}), not as sentences.
 */
final class SignOff {
    /** A line of nothing but a date, or of an issuer and a date. */
    private static final Pattern DATE_LINE = Pattern.compile("^(?:\\S{2,30}\\s+)?\\d{4}年\\d{1,2}月\\d{1,2}日(?:印发)?$");
    /** A line of nothing but an issuing body's name: no punctuation of a sentence, ending in an office's name. */
    private static final Pattern ISSUER_LINE = Pattern.compile(
            "^[^，,。；;：:！!？?]{2,30}(?:局|委|委员会|政府|办公室|办|室|中心|小组|部|厅|院|公司)$");

    private SignOff() {
    }

    static boolean is(String sentence) {
        String s = HalfWidth.of(sentence).strip();
        return DATE_LINE.matcher(s).find() || ISSUER_LINE.matcher(s).find();
    }
}
