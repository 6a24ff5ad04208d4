package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.campaignbot.calendar.WorkdayCalendar;
import org.junit.jupiter.api.Test;

class WorkdayCalendarTest {
    static final WorkdayCalendar SHIPPED = WorkdayCalendar.parse(List.of(
            Map.entry(WorkdayCalendarConfig.SHIPPED, WorkdayCalendarConfig.shipped())));

    private static boolean work(String date) {
        return SHIPPED.isWorkday(LocalDate.parse(date));
    }

    @Test
    void the2026ArrangementOfTheStateCouncil() {
        // 元旦 1–3 Jan, make-up Sunday 4 Jan
        assertThat(work("2026-01-01")).isFalse();
        assertThat(work("2026-01-02")).isFalse();
        assertThat(work("2026-01-04")).isTrue();
        // 春节 15–23 Feb, make-up Saturdays 14 and 28 Feb
        assertThat(work("2026-02-14")).isTrue();
        assertThat(work("2026-02-16")).isFalse();
        assertThat(work("2026-02-23")).isFalse();
        assertThat(work("2026-02-24")).isTrue();
        assertThat(work("2026-02-28")).isTrue();
        // 清明 4–6 Apr; 劳动节 1–5 May, make-up Saturday 9 May; 端午 19 Jun; 中秋 25 Sep
        assertThat(work("2026-04-06")).isFalse();
        assertThat(work("2026-05-05")).isFalse();
        assertThat(work("2026-05-09")).isTrue();
        assertThat(work("2026-06-19")).isFalse();
        assertThat(work("2026-09-25")).isFalse();
        // 国庆 1–7 Oct, make-up Sunday 20 Sep and Saturday 10 Oct
        assertThat(work("2026-09-20")).isTrue();
        assertThat(work("2026-10-07")).isFalse();
        assertThat(work("2026-10-08")).isTrue();
        assertThat(work("2026-10-10")).isTrue();
        // ordinary weeks
        assertThat(work("2026-11-27")).isTrue();
        assertThat(work("2026-11-28")).isFalse();
    }

    @Test
    void the2027DataIsMarkedAsAnEstimate() {
        assertThat(SHIPPED.years()).contains(2026, 2027);
        assertThat(SHIPPED.estimatedYears()).containsExactly(2027);
        assertThat(work("2027-02-05")).isFalse(); // 除夕
        assertThat(work("2027-10-01")).isFalse();
    }

    @Test
    void countsWorkingDaysAcrossHolidaysAndMakeUpDays() {
        // 30 Sep 2026 → 12 Oct: 8, 9, 10 (make-up Saturday) and 12 Oct
        assertThat(SHIPPED.workdaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-12"), 100)).isEqualTo(4);
        assertThat(SHIPPED.workdaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-12"), 2)).isEqualTo(2);
        assertThat(SHIPPED.workdaysBetween(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-09-30"), 100)).isZero();
    }

    @Test
    void theUsersFileExtendsAndOverridesTheShippedData() {
        var calendar = WorkdayCalendar.parse(List.of(
                Map.entry(WorkdayCalendarConfig.SHIPPED, WorkdayCalendarConfig.shipped()),
                Map.entry("config/holidays.txt", List.of(
                        "# 正式通知发布后",
                        "2027-02-11..2027-02-12 休 春节（正式）",
                        "２０２７-０２-２０ 班 春节调休上班",
                        "2027-02-05 休 除夕"))));
        assertThat(calendar.isWorkday(LocalDate.parse("2027-02-11"))).isFalse();
        assertThat(calendar.isWorkday(LocalDate.parse("2027-02-20"))).isTrue();
        assertThat(calendar.estimatedYears()).isEmpty();
    }

    @Test
    void aBadLineNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> WorkdayCalendar.parse(List.of(Map.entry("config/holidays.txt",
                List.of("2027-02-11 休 春节", "2027/02/20 上班")))))
                .hasMessageContaining("config/holidays.txt").hasMessageContaining("第 2 行");
        assertThatThrownBy(() -> WorkdayCalendar.parse(List.of(Map.entry("x.txt", List.of("2027-13-01 休 ?")))))
                .hasMessageContaining("2027-10-01");
    }
}
