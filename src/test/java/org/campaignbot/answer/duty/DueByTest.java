package org.campaignbot.answer.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.campaignbot.knowledge.table.TaskRow;
import org.junit.jupiter.api.Test;

/** "5月底前要完成哪些任务": a day read from the question, in the year the task tables date their tasks. */
class DueByTest {
    private static final List<TaskRow> ROWS = List.of(row("召开推进会", "2026年12月20日前"), row("出台办法", "2027年3月底前"),
            row("上线事项", "2027-06-30"), row("技能比武", "每季度末"), row("理论学习", "长期坚持"));

    @Test
    void aMonthWithoutAYearIsTheFirstOfTheTablesYearsItEndsIn() {
        assertThat(DueBy.of("5月底前要完成哪些任务", ROWS).orElseThrow().bound()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(DueBy.of("12月底前有啥任务", ROWS).orElseThrow().bound()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(DueBy.of("2027年3月15日前要完成的有哪些", ROWS).orElseThrow().bound())
                .isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void tasksDueEarlierAreDueByThenAndRecurringOrOngoingOnesNever() {
        DueBy may = DueBy.of("5月底前要完成哪些任务", ROWS).orElseThrow();
        assertThat(ROWS.stream().filter(may::due).map(TaskRow::task)).containsExactly("召开推进会", "出台办法");
    }

    @Test
    void aQuestionAboutOneTasksDayIsNotAListOfTasks() {
        assertThat(DueBy.of("容错纠错办法是不是要在3月底前出台", ROWS)).isEmpty();
        assertThat(DueBy.of("13月底前要完成哪些任务", ROWS)).isEmpty();
    }

    private static TaskRow row(String task, String deadline) {
        return new TaskRow("p.md", "方案", 0, "", task, List.of("市委办公室"), List.of(), "", deadline, "", task);
    }
}
