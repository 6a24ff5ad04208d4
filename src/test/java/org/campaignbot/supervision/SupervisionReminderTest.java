package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.testing.FakePlatform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders from the sample plan around China's 2026 National Day holiday (1–7 Oct, make-up working day Saturday
 * 10 Oct): who is @-mentioned on each platform, days off, escalation, merging, and running twice.
 */
class SupervisionReminderTest extends SupervisionTestBase {
    static final String OFFICE_WECOM = "/cgi-bin/webhook/send?key=test-key-office";
    static final String OFFICE_DINGTALK = "/robot/send?access_token=test-token-office";
    static final String ZUXUAN_DINGTALK = "/robot/send?access_token=test-token-zuxuan";

    @Autowired
    SupervisionScheduler scheduler;

    @Test
    void dueTasksForOneGroupBecomeOneMessageMentioningTheRightPeopleOnEachPlatform() {
        at(9, 28, 9, 0); // Monday: 每季度末 tasks 4 and 15 due Wednesday (lead-3), task 22 due 12 Oct (lead-7)
        var result = remindAndDeliver();
        assertThat(result.items()).isEqualTo(3);

        var wecom = platforms.delivered(OFFICE_WECOM);
        assertThat(wecom).hasSize(1);
        assertThat(wecom.get(0).body().path("msgtype").asString()).isEqualTo("text");
        assertThat(wecom.get(0).content()).contains("【督办提醒】2026年9月28日", "任务4", "任务15", "任务22",
                "还有 2 个工作日到期", "还有 6 个工作日到期", "进展 ");
        // 责任人 周强 and 赵敏 by WeCom id; task 22 names nobody, so all of 市委督查室: 钱进 has no WeCom id, so by mobile
        assertThat(wecom.get(0).mentions("mentioned_list")).containsExactly("ZhouQiang", "ZhaoMin");
        assertThat(wecom.get(0).mentions("mentioned_mobile_list")).containsExactly("13800002003");

        var dingtalk = platforms.delivered(OFFICE_DINGTALK);
        assertThat(dingtalk).hasSize(1);
        assertThat(dingtalk.get(0).mentions("atUserIds")).containsExactly("4002", "2002", "2003");
        assertThat(dingtalk.get(0).mentions("atMobiles")).isEmpty();

        // the 组织宣传口 DingTalk group covers 市委党校 only among these tasks
        var zuxuan = platforms.delivered(ZUXUAN_DINGTALK);
        assertThat(zuxuan).hasSize(1);
        assertThat(zuxuan.get(0).content()).contains("任务4").doesNotContain("任务15");
        assertThat(zuxuan.get(0).mentions("atUserIds")).containsExactly("4002");
        assertThat(platforms.delivered("test-key-zwfw")).isEmpty();
        assertThat(platforms.delivered()).hasSize(3);
    }

    @Test
    void runningTheCycleTwiceSendsNothingNew() throws Exception {
        at(9, 28, 9, 0);
        remindAndDeliver();
        int first = platforms.delivered().size();
        var again = remindAndDeliver();
        assertThat(again.items()).isEqualTo(3);
        assertThat(again.messages()).isZero();
        var viaApi = adminJson("POST", "/api/admin/supervision/run-reminders");
        assertThat(viaApi.path("messages").asInt()).isZero();
        dispatcher.dispatchDue(1000);
        assertThat(platforms.delivered()).hasSize(first);
        // the next working day tasks 4 and 15 reach the lead-1 stage: a new reminder, again only once
        at(9, 29, 9, 0);
        assertThat(remindAndDeliver().messages()).isEqualTo(3);
        assertThat(remindAndDeliver().messages()).isZero();
        assertThat(platforms.delivered()).hasSize(first + 3);
        assertThat(platforms.delivered().get(first).content()).contains("还有 1 个工作日到期").doesNotContain("任务22");
    }

    @Test
    void nothingIsSentOnAStatutoryHolidayOrAWeekend() {
        at(10, 5, 9, 30); // Monday, National Day holiday: tasks 4 and 15 are overdue, still nothing
        var result = remindAndDeliver();
        assertThat(result.workday()).isFalse();
        at(10, 11, 9, 30); // Sunday
        assertThat(remindAndDeliver().workday()).isFalse();
        assertThat(platforms.delivered()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isZero();
    }

    @Test
    void theMakeUpSaturdayIsAWorkingDayAndEscalationReachesTheLeader() {
        at(10, 8, 9, 0); // first working day after the holiday: 1 working day overdue
        remindAndDeliver();
        at(10, 9, 9, 0); // 2 working days overdue: not yet "more than 2"
        remindAndDeliver();
        for (var r : platforms.delivered(OFFICE_WECOM)) {
            assertThat(r.mentions("mentioned_list")).doesNotContain("HanLei", "ZhengGuoQiang");
            assertThat(r.content()).contains("已逾期").doesNotContain("提请包抓领导");
        }
        assertThat(platforms.delivered(OFFICE_WECOM)).hasSize(2);
        platforms.reset();

        at(10, 10, 9, 0); // Saturday 10 Oct is a make-up working day: the 3rd working day overdue
        var result = remindAndDeliver();
        assertThat(result.workday()).isTrue();
        var wecom = platforms.delivered(OFFICE_WECOM);
        assertThat(wecom).hasSize(1);
        assertThat(wecom.get(0).content()).contains("任务4", "已逾期 10 天", "提请包抓领导韩磊督办", "提请包抓领导郑国强督办",
                "任务22", "还有 1 个工作日到期");
        assertThat(wecom.get(0).mentions("mentioned_list")).contains("ZhouQiang", "HanLei", "ZhaoMin", "ZhengGuoQiang");
        assertThat(platforms.delivered(OFFICE_DINGTALK).get(0).mentions("atUserIds")).contains("4001", "2001");
        // task 22 is not overdue, so 市委督查室's leader is there only for task 15
        assertThat(platforms.delivered(ZUXUAN_DINGTALK).get(0).mentions("atUserIds")).containsExactly("4002", "4001");
    }

    @Test
    void theDueDayAndOverdueDaysEachGetTheirOwnReminder() {
        at(10, 12, 9, 0); // task 22 due today
        remindAndDeliver();
        assertThat(platforms.delivered(OFFICE_WECOM).get(0).content()).contains("任务22", "今天到期");
        platforms.reset();
        at(10, 13, 9, 0);
        remindAndDeliver();
        at(10, 14, 9, 0);
        remindAndDeliver();
        List<String> contents = platforms.delivered(OFFICE_WECOM).stream().map(FakePlatform.Call::content).toList();
        assertThat(contents).hasSize(2);
        assertThat(contents.get(0)).contains("任务22", "已逾期 1 天");
        assertThat(contents.get(1)).contains("任务22", "已逾期 2 天");
    }

    @Test
    void beforeRemindAtTheSchedulerWaitsThenRemindsAndPostsTheMondayBulletin() {
        at(10, 12, 8, 59); // Monday
        scheduler.tick();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isZero();
        at(10, 12, 9, 0);
        scheduler.tick();
        dispatcher.dispatchDue(1000);
        assertThat(platforms.delivered()).isNotEmpty().allMatch(r -> r.body().path("msgtype").asString().equals("text"));
        platforms.reset();
        at(10, 12, 9, 31); // bulletin-cron 0 30 9 * * MON
        scheduler.tick();
        dispatcher.dispatchDue(1000);
        var bulletins = platforms.delivered();
        assertThat(bulletins).extracting(FakePlatform.Call::target)
                .containsExactlyInAnyOrder(OFFICE_WECOM, OFFICE_DINGTALK, ZUXUAN_DINGTALK);
        assertThat(bulletins).allMatch(r -> r.body().path("msgtype").asString().equals("markdown"));
        assertThat(bulletins.get(0).content()).contains("督办通报", "逾期任务", "任务4", "逾期 12 天", "各牵头单位完成情况");
        scheduler.tick(); // a later check the same morning posts nothing again
        dispatcher.dispatchDue(1000);
        assertThat(platforms.delivered()).hasSize(3);
    }
}
