package org.campaignbot.supervision;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Small Chinese formatting helpers shared by reminders, replies and bulletins. */
final class Texts {
    private Texts() {
    }

    /** 2027年1月25日（周一） */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（"
                + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA).replace("星期", "周") + "）";
    }

    /** At most {@code max} characters (code points, so no character is ever cut in half), with "…" when cut. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
