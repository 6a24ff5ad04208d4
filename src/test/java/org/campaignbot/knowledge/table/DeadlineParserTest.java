package org.campaignbot.knowledge.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026年12月31日前   | 2026-12-31",
            "2026年12月31日     | 2026-12-31",
            "2026年3月5日之前完成 | 2026-03-05",
            "２０２６年１２月３１日前 | 2026-12-31",
            "2026-12-31         | 2026-12-31",
            "2026.12.31         | 2026-12-31",
            "2027.1.5           | 2027-01-05",
            "2026/12/31前       | 2026-12-31",
            "12月底前           | 2027-12-31",
            "2月底前            | 2027-02-28",
            "2026年6月底前      | 2026-06-30",
            "6月末              | 2027-06-30",
            "年底前             | 2027-12-31",
            "2026年底前         | 2026-12-31",
            "2026年年底前       | 2026-12-31",
            "10月15日前         | 2027-10-15",
            "2026年12月31日前。 | 2026-12-31",
            "2027年3月底前完成选派 | 2027-03-31",
            "6月底前全部上线运行 | 2027-06-30"})
    void datesInEveryNotation(String text, LocalDate expected) {
        Deadline d = DeadlineParser.parse(text, 2027);
        assertThat(d.kind()).isEqualTo(Deadline.Kind.DATE);
        assertThat(d.date()).isEqualTo(expected);
        assertThat(d.text()).isEqualTo(text.strip());
    }

    @Test
    void monthlyDeadlinesHaveOneDueDatePerMonth() {
        Deadline d = DeadlineParser.parse("每月25日前", 2027);
        assertThat(d.kind()).isEqualTo(Deadline.Kind.MONTHLY);
        assertThat(d.periodDueOnOrAfter(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(d.periodDueOnOrAfter(LocalDate.of(2026, 10, 25))).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(d.periodDueOnOrAfter(LocalDate.of(2026, 10, 26))).isEqualTo(LocalDate.of(2026, 11, 25));
        Deadline monthEnd = DeadlineParser.parse("每月底前", 2027);
        assertThat(monthEnd.periodDueOnOrAfter(LocalDate.of(2027, 2, 3))).isEqualTo(LocalDate.of(2027, 2, 28));
        Deadline day31 = DeadlineParser.parse("每月31日前", 2027);
        assertThat(day31.periodDueOnOrAfter(LocalDate.of(2026, 4, 10))).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void quarterlyDeadlinesFallOnQuarterEnds() {
        Deadline d = DeadlineParser.parse("每季度末", 2027);
        assertThat(d.kind()).isEqualTo(Deadline.Kind.QUARTERLY);
        assertThat(d.periodDueOnOrAfter(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(d.periodDueOnOrAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(d.periodDueOnOrAfter(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @ParameterizedTest
    @CsvSource({"长期坚持", "持续推进", "长期", "常态化推进"})
    void ongoingTasksHaveNoDueDate(String text) {
        assertThat(DeadlineParser.parse(text, 2027).kind()).isEqualTo(Deadline.Kind.ONGOING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "视情况而定", "待定", "2026年6月底前完成初稿，12月底前全面完成", "2026年2月30日前", "2026-13-01", "下半年",
            "每月32日前", "''"})
    void unreadableTextIsKeptAndNeverGuessed(String text) {
        Deadline d = DeadlineParser.parse(text, 2027);
        assertThat(d.kind()).isEqualTo(Deadline.Kind.UNREADABLE);
        assertThat(d.date()).isNull();
        assertThat(d.text()).isEqualTo(text);
    }
}
