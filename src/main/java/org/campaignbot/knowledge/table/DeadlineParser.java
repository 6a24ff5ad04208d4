package org.campaignbot.knowledge.table;

import org.campaignbot.common.HalfWidth;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 完成时限 cell. Only whole-cell matches count: "2026年6月底前完成初稿，12月底前全面完成" has two dates and
 * is flagged as unreadable rather than guessed.
 */
public final class DeadlineParser {
    /** "前", "之前", "以前", optionally followed by "完成" */
    private static final String BEFORE = "(?:前|之前|以前)?(?:完成)?";
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日" + BEFORE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})" + BEFORE);
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日" + BEFORE);
    private static final Pattern MONTH_END = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?:底|末|份)" + BEFORE);
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})?(?:年底|年末|年内)" + BEFORE);
    private static final Pattern MONTHLY = Pattern.compile("每月(\\d{1,2})日" + BEFORE);
    private static final Pattern MONTHLY_END = Pattern.compile("每月(?:底|末)" + BEFORE);
    private static final Pattern QUARTERLY = Pattern.compile("每季度(?:末|底)?" + BEFORE);
    private static final Pattern ONGOING = Pattern.compile("长期坚持|持续推进|长期|持续开展|常态化推进|常态化|长期推进");

    private DeadlineParser() {
    }

    /**
     * @param text     the cell as written
     * @param planYear the year for dates written without one (年底前, 12月底前)
     */
    public static Deadline parse(String text, int planYear) {
        String original = text == null ? "" : text.strip();
        String s = HalfWidth.of(original).replaceAll("\\s+", "").replaceAll("[。．.;；]+$", "");
        // "2027年年底前" and "2027年底前" both mean the end of 2027
        s = s.replace("年年底", "年底");
        try {
            Matcher m;
            if ((m = FULL_DATE.matcher(s)).matches()) {
                return date(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), original);
            }
            if ((m = NUMERIC_DATE.matcher(s)).matches()) {
                return date(LocalDate.of(num(m, 1), num(m, 3), num(m, 4)), original);
            }
            if ((m = MONTH_DAY.matcher(s)).matches()) {
                return date(LocalDate.of(planYear, num(m, 1), num(m, 2)), original);
            }
            if ((m = MONTH_END.matcher(s)).matches()) {
                int year = m.group(1) == null ? planYear : num(m, 1);
                return date(YearMonth.of(year, num(m, 2)).atEndOfMonth(), original);
            }
            if ((m = YEAR_END.matcher(s)).matches()) {
                int year = m.group(1) == null ? planYear : num(m, 1);
                return date(LocalDate.of(year, 12, 31), original);
            }
            if ((m = MONTHLY.matcher(s)).matches()) {
                int day = num(m, 1);
                return day >= 1 && day <= 31 ? new Deadline(Deadline.Kind.MONTHLY, null, day, original) : unreadable(original);
            }
            if (MONTHLY_END.matcher(s).matches()) {
                return new Deadline(Deadline.Kind.MONTHLY, null, 31, original);
            }
            if (QUARTERLY.matcher(s).matches()) {
                return new Deadline(Deadline.Kind.QUARTERLY, null, 0, original);
            }
            if (ONGOING.matcher(s).matches()) {
                return new Deadline(Deadline.Kind.ONGOING, null, 0, original);
            }
        } catch (DateTimeException e) {
            return unreadable(original); // 2月30日, 13月: written wrong, so say so instead of guessing
        }
        // "2027年3月底前完成选派", "6月底前全部上线": the date before 前, and what is due by then; not when the rest
        // names another time ("6月底前完成初稿，12月底前全面完成": which one counts is not for the bot to guess)
        int before = s.indexOf('前');
        if (before > 0 && before < s.length() - 1 && s.substring(before + 1).matches("\\p{IsHan}+")
                && !s.substring(before + 1).matches(".*[年月日季周].*")) {
            Deadline leading = parse(s.substring(0, before + 1), planYear);
            if (leading.kind() == Deadline.Kind.DATE) {
                return date(leading.date(), original);
            }
        }
        return unreadable(original);
    }

    private static Deadline date(LocalDate date, String original) {
        return new Deadline(Deadline.Kind.DATE, date, 0, original);
    }

    private static Deadline unreadable(String original) {
        return new Deadline(Deadline.Kind.UNREADABLE, null, 0, original);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
