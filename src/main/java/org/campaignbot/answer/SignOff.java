package org.campaignbot.answer;

import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * A document's sign-off lines, "xx市交通运输局" and "2026年11月10日" under its last paragraph, and its labelled head and
 * foot lines ("分送：…", "记录人：…"): they end the passage
 * they stand in and share its words (交通局), but say nothing, so they are never quoted as an answer. Who issued a
 * document and when is answered from them as lines ({@code DocumentMeta}), not as sentences.
 */
final class SignOff {
    /** A line of nothing but a date ("2027年3月" too), or of an issuer and a date. */
    private static final Pattern DATE_LINE = Pattern.compile("^(?:\\S{2,30}\\s+)?\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?(?:印发)?$");
    /** A line of nothing but an issuing body's name: no punctuation of a sentence, ending in an office's name. */
    private static final Pattern ISSUER_LINE = Pattern.compile(
            "^[^，,。；;：:！!？?]{2,30}(?:局|委|委员会|政府|办公室|办|室|中心|小组|部|厅|院|公司)$");

    /**
     * A head or foot line that labels what it lists ("分送：领导小组成员…", "记录人：李婷", "会议时间：…"): what the document
     * says of itself, which {@code DocumentMeta} answers when asked; as a sentence it answers nothing else. The lines
     * that name people with their posts (参会人员：…, 主持人：…) do answer "常务副组长是谁", so they stay quotable.
     */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^[(（]?(?:分送|抄送|主送|报|送|发|记录人?|会议时间|会议地点|联系人|联系电话)[：:]");

    private SignOff() {
    }

    static boolean is(String sentence) {
        String s = HalfWidth.of(sentence).strip();
        return DATE_LINE.matcher(s).find() || ISSUER_LINE.matcher(s).find() || LABEL_LINE.matcher(s).find();
    }
}
