package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chat commands against the running app, as WeCom, DingTalk and local-page users. */
class SupervisionChatTest extends SupervisionTestBase {

    @Test
    void myTasksListsTheAskersUnitsOpenTasksWithLights() {
        at(10, 8, 10, 0);
        var reply = say("wecom", "ZhaoMin", "我的任务");
        assertThat(reply.text()).contains("赵敏（市委督查室）", "🔴 任务15", "任务5", "任务22", "任务20", "时限无法识别")
                .contains("任务18") // 市委督查室 is a co-operating unit of task 18
                .doesNotContain("任务1 ");
        // the same person by DingTalk staff id; the local page cannot prove who is typing, so it shows nobody's
        assertThat(say("dingtalk", "2002", "我的任务").text()).contains("赵敏（市委督查室）");
        assertThat(say("web", "13800002002", "我的任务").text()).contains("无法确认您的身份").doesNotContain("赵敏");
        assertThat(say("wecom", "stranger", "我的任务").text()).contains("通讯录中还没有您的信息");
    }

    @Test
    void commandsAreForgivingAboutWidthAndSpacing() {
        for (String text : new String[] {"任务 5", "任务5", "任务５", "任务　５", "任务#5", "任务 5。"}) {
            assertThat(say("web", "x", text).text()).as(text).startsWith("任务5（方案序号 5）：上报督办台账任务进展情况");
        }
        assertThat(say("web", "x", "任务 99").text()).contains("没有任务99");
        // a question that merely mentions 任务 is left for the knowledge base
        assertThat(say("web", "x", "任务5的牵头单位是谁").text()).doesNotContain("任务5（方案序号");
    }

    @Test
    void aProgressReportIsRecordedAndMovesARecurringTaskOnToItsNextPeriod() throws Exception {
        at(10, 8, 10, 0); // 每季度末 task 4 was due 30 Sep: red
        assertThat(task(4).path("status").asString()).isEqualTo("RED");
        var reply = say("wecom", "ZhouQiang", "进度４　５０％");
        assertThat(reply.text()).contains("已记录任务4的进展（50%）", "下次时限 2026-12-31", "🟢");
        assertThat(task(4).path("status").asString()).isEqualTo("GREEN");
        assertThat(task(4).path("progress").asInt()).isEqualTo(50);
        say("dingtalk", "4002", "进展 4：已完成第三季度培训班，形成总结。");
        var detail = say("web", "x", "任务 4").text();
        assertThat(detail).contains("进度：50%", "周强（市委党校）：５０％〔50%〕", "周强（市委党校）：已完成第三季度培训班，形成总结。");
        // the second message the same day is part of the same report: it does not satisfy the next quarter too
        assertThat(task(4).path("dueDate").asString()).isEqualTo("2026-12-31");
        at(11, 20, 10, 0); // a report within the fourth quarter satisfies it
        say("wecom", "ZhouQiang", "进展 4 第四季度培训班已开班");
        assertThat(task(4).path("dueDate").asString()).isEqualTo("2027-03-31");
    }

    @Test
    void onlyMembersOfTheTasksUnitsMayReport() throws Exception {
        var refused = say("wecom", "zhangsan", "进展 4 我替他们报一下");
        assertThat(refused.text()).contains("抱歉", "只有任务4的牵头单位（市委党校）和配合单位（市委组织部）");
        assertThat(say("wecom", "SunWei", "进展 4 组织部已配合完成学员报名").text()).contains("已记录"); // co-operating unit
        assertThat(say("wecom", "ZhouQiang", "进展 4").text()).contains("请在编号后写上进展情况");
        assertThat(say("wecom", "ZhouQiang", "进度 4 150%").text()).contains("0 到 100");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sup_progress").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void closingNeedsTheAdministratorsConfirmationAndStopsTheChasing() throws Exception {
        at(10, 9, 9, 0);
        var reply = say("dingtalk", "2003", "办结 22"); // 钱进 of 市委督查室, by DingTalk id
        assertThat(reply.text()).contains("已收到任务22的办结申请", "钱进", "行动办确认后");
        assertThat(task(22).path("status").asString()).isEqualTo("YELLOW");
        assertThat(task(22).path("closeRequested").asBoolean()).isTrue();
        assertThat(say("wecom", "ZhaoMin", "办结22").text()).contains("正在等待行动办确认");
        remindAndDeliver();
        assertThat(platforms.delivered()).isNotEmpty().noneMatch(r -> r.content().contains("任务22"));

        assertThat(admin("POST", "/api/admin/supervision/tasks/22/close").statusCode()).isEqualTo(200);
        assertThat(task(22).path("status").asString()).isEqualTo("DONE");
        assertThat(say("web", "x", "任务 22").text()).contains("✅ 办结");
        assertThat(say("dingtalk", "2003", "进展 22 补充材料").text()).contains("已办结");
    }

    @Test
    void reportingOneHundredPercentAsksToClose() throws Exception {
        var reply = say("wecom", "LiMing", "进度 2 100% 推进会已召开");
        assertThat(reply.text()).contains("已提交办结申请");
        assertThat(task(2).path("closeRequested").asBoolean()).isTrue();
        assertThat(task(2).path("status").asString()).isNotEqualTo("DONE");
    }

    @Test
    void overviewOverdueListAndBulletinOnDemand() throws Exception {
        at(10, 12, 10, 0);
        var overview = say("wecom", "LiMing", "督办台账").text();
        assertThat(overview).contains("督办台账：共 22 项", "🔴 逾期 2 项", "通讯录中没有单位：市气象局");
        var overdue = say("wecom", "LiMing", "逾期任务").text();
        assertThat(overdue).contains("逾期任务 2 项", "任务4", "逾期 12 天", "任务15");
        var bulletin = say("wecom", "LiMing", "督办通报");
        assertThat(bulletin.markdown()).isTrue();
        assertThat(bulletin.text()).contains("督办通报", "市委党校：办结 0/1");
        var api = adminJson("GET", "/api/admin/supervision/bulletin");
        assertThat(api.path("markdown").asString()).contains("逾期任务**（2 项）", "近 7 天新增逾期");
    }
}
