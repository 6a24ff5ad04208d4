package org.campaignbot.answer.duty;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.table.Deadline;
import org.campaignbot.knowledge.table.DeadlineParser;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * "南岭整改清单里哪几件得在5月底前搞定", "2027年3月底前要完成哪些任务": the tasks due by a day the question names, read from
 * the 完成时限 cells as dates. Tasks due earlier are listed too: they must be done by then. Recurring and ongoing
 * deadlines (每季度末, 长期坚持) are not: they are never done by a day.
 *
 * <p>A month without a year ("5月底前") is taken in the first year of the tables' dated deadlines whose month ends on or
 * after the earliest of them: in a plan dated from December 2026 to 2027, "5月底前" means 31 May 2027. No clock is read,
 * so the same question gets the same answer on any day.
 *
 * @param bound the last day a task may be due on to be listed
 * @param said  how the question says it ("5月底前"), for the reply's heading
 */
record DueBy(LocalDate bound, String said) {
    private static final Pattern BY = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号]|底|末|份)?(?:前|之前|以前|以内)");
    /** The question asks which tasks, not whether one task is due by then ("办法是不是3月底前出台"). */
    private static final Pattern WHICH = Pattern.compile("哪些|哪几|哪件|哪项|几件|几项|啥任务|什么任务|有啥|有什么|要完成的|得完成的");

    static Optional<DueBy> of(String question, List<TaskRow> rows) {
        Matcher m = BY.matcher(question);
        if (!m.find() || !WHICH.matcher(question).find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        Optional<Integer> year = m.group(1) != null ? Optional.of(Integer.parseInt(m.group(1))) : yearOf(month, rows);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        YearMonth when = YearMonth.of(year.get(), month);
        int day = m.group(3) == null ? when.lengthOfMonth() : Integer.parseInt(m.group(3));
        if (day < 1 || day > when.lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(new DueBy(when.atDay(day), m.group()));
    }

    /** True when the row is due on a day no later than the bound. */
    boolean due(TaskRow row) {
        LocalDate date = dateOf(row, bound.getYear());
        return date != null && !date.isAfter(bound);
    }

    /** The first year of the rows' dated deadlines whose month ends on or after the earliest of them. */
    private static Optional<Integer> yearOf(int month, List<TaskRow> rows) {
        LocalDate earliest = rows.stream().map(r -> dateOf(r, 0)).filter(d -> d != null && d.getYear() > 0)
                .min(LocalDate::compareTo).orElse(null);
        if (earliest == null) {
            return Optional.empty();
        }
        int year = earliest.getYear();
        return Optional.of(YearMonth.of(year, month).atEndOfMonth().isBefore(earliest) ? year + 1 : year);
    }

    /** The row's due date, a date without a year ("12月底前") taken in {@code year}; null when it has none. */
    private static LocalDate dateOf(TaskRow row, int year) {
        Deadline d = DeadlineParser.parse(row.deadline(), year);
        return d.kind() == Deadline.Kind.DATE ? d.date() : null;
    }
}
