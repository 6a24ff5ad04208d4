package org.campaignbot.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskColumnsTest {
    @Test
    void theUsualHeader() {
        assertThat(TaskColumns.of(List.of("序号", "工作任务", "牵头单位", "配合单位", "责任人", "完成时限")))
                .isEqualTo(new TaskColumns(0, 1, 2, 3, 4, 5, -1));
    }

    @Test
    void headerNamesNoListKnows() {
        // a notice's table: another order, a leader instead of a person in charge, an office instead of a unit
        assertThat(TaskColumns.of(List.of("序号", "整治事项", "责任领导", "责任科室", "完成时间", "备注")))
                .isEqualTo(new TaskColumns(0, 1, 3, -1, 2, 4, 5));
        assertThat(TaskColumns.of(List.of("编号", "任务内容", "主责部门", "协办部门", "具体负责人", "时间节点")))
                .isEqualTo(new TaskColumns(0, 1, 2, 3, 4, 5, -1));
    }

    @Test
    void namesHoldingWordsOfTwoRolesGoToTheFirstRole() {
        // 任务编号 holds 任务, 配合单位 单位, 完成时间节点 时间: number, helping unit, deadline
        assertThat(TaskColumns.of(List.of("任务编号", "重点任务", "配合单位", "牵头单位", "完成时间节点")))
                .isEqualTo(new TaskColumns(0, 1, 3, 2, -1, 4, -1));
    }

    @Test
    void fullWidthColonsAndSpacesAreIgnored() {
        assertThat(TaskColumns.of(List.of("工作 任务：", "牵头单位 ", "完成时限:"))).isEqualTo(new TaskColumns(-1, 0, 1, -1, -1, 2, -1));
    }

    @Test
    void tablesWithoutATaskAndADeadlineAreNotTaskTables() {
        assertThat(TaskColumns.of(List.of("姓名", "单位", "电话"))).isNull();
        assertThat(TaskColumns.of(List.of("项目", "金额（万元）"))).isNull();
        // an agenda has what and when, but no one responsible
        assertThat(TaskColumns.of(List.of("时间", "议程内容", "地点"))).isNull();
        assertThat(TaskColumns.of(List.of("整治事项", "完成时间"))).isNull();
        // the usual names make a task list even without anyone responsible
        assertThat(TaskColumns.of(List.of("工作内容", "完成时限"))).isEqualTo(new TaskColumns(-1, 0, -1, -1, -1, 1, -1));
        // a line of prose is not a header, although it speaks of tasks and time
        assertThat(TaskColumns.of(List.of("各单位要按照任务分工抓好落实", "确保按时间节点完成"))).isNull();
    }
}
