package org.campaignbot.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campaignbot.common.HalfWidth;

/**
 * Working days in mainland China: Monday to Friday, except statutory holidays (休), plus the weekend days worked to
 * make up for them (调休上班, 班). The holidays come from data files, since the State Council announces them yearly.
 */
public final class WorkdayCalendar {
    /** true = a working day by decree, false = a day off by decree; absent = the weekday rule */
    private final Map<LocalDate, Boolean> decreed;
    private final Set<Integer> years;
    private final Set<Integer> estimatedYears;

    private WorkdayCalendar(Map<LocalDate, Boolean> decreed, Set<Integer> years, Set<Integer> estimatedYears) {
        this.decreed = decreed;
        this.years = years;
        this.estimatedYears = estimatedYears;
    }

    public boolean isWorkday(LocalDate day) {
        Boolean byDecree = decreed.get(day);
        if (byDecree != null) {
            return byDecree;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * Working days {@code d} with {@code from < d <= to}, counting at most {@code cap} (so far-off dates cost nothing).
     * Zero when {@code to} is not after {@code from}.
     */
    public int workdaysBetween(LocalDate from, LocalDate to, int cap) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to) && count < cap; d = d.plusDays(1)) {
            if (isWorkday(d)) {
                count++;
            }
        }
        return count;
    }

    /** Years with holiday data; other years fall back to Monday–Friday. */
    public Set<Integer> years() {
        return years;
    }

    /** Years whose data is an estimate (not yet announced when it was written). */
    public Set<Integer> estimatedYears() {
        return estimatedYears;
    }

    /**
     * Reads calendar files in order; a later line overrides an earlier one for the same day.
     *
     * @param sources each a name for error messages and its lines
     */
    public static WorkdayCalendar parse(List<Map.Entry<String, List<String>>> sources) {
        Map<LocalDate, Boolean> decreed = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        TreeSet<Integer> estimated = new TreeSet<>();
        for (var source : sources) {
            int lineNo = 0;
            for (String raw : source.getValue()) {
                lineNo++;
                String line = HalfWidth.of(raw);
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                String[] parts = content.split("\\s+", 3);
                if (parts.length < 2 || !(parts[1].equals("休") || parts[1].equals("班"))) {
                    throw bad(source.getKey(), lineNo, raw, "每行应为“日期 休|班 说明”，例如 2027-10-01..2027-10-07 休 国庆节");
                }
                boolean work = parts[1].equals("班");
                LocalDate[] range = range(parts[0], source.getKey(), lineNo, raw);
                for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
                    decreed.put(d, work);
                    years.add(d.getYear());
                    if (parts.length > 2 && parts[2].contains("估计")) {
                        estimated.add(d.getYear());
                    } else if (source != sources.get(0)) {
                        estimated.remove(d.getYear()); // the user's own data replaces our estimate
                    }
                }
            }
        }
        return new WorkdayCalendar(Map.copyOf(decreed), Collections.unmodifiableSortedSet(years), Collections.unmodifiableSortedSet(estimated));
    }

    private static LocalDate[] range(String text, String source, int lineNo, String raw) {
        String[] ends = text.split("\\.\\.|~|至", 2);
        try {
            LocalDate start = LocalDate.parse(ends[0]);
            LocalDate end = ends.length > 1 ? LocalDate.parse(ends[1]) : start;
            if (end.isBefore(start) || end.isAfter(start.plusDays(40))) {
                throw bad(source, lineNo, raw, "日期区间的结束日必须在开始日之后 40 天以内");
            }
            return new LocalDate[] {start, end};
        } catch (DateTimeParseException e) {
            throw bad(source, lineNo, raw, "日期应写成 2027-10-01 或 2027-10-01..2027-10-07");
        }
    }

    private static IllegalArgumentException bad(String source, int lineNo, String raw, String hint) {
        return new IllegalArgumentException("节假日文件 " + source + " 第 " + lineNo + " 行无法识别：“" + raw.strip() + "”。" + hint);
    }
}
