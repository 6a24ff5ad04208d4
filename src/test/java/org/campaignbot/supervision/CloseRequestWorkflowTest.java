package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.campaignbot.calendar.WorkdayCalendar;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A close request used to silence a task for good: reminders skip it and nothing ever cleared it. Now the office
 * rejects it with a reason that reaches the requester, the reminders resume, an unanswered request is brought to the
 * office after close-confirm-days working days, and an overdue task stays red in the bulletin until really closed.
 */
class CloseRequestWorkflowTest extends SupervisionTestBase {
    @Autowired
    CloseRequests closeRequests;
    @Autowired
    WorkdayCalendar calendar;
    @Autowired
    SupervisionProperties properties;
    @Autowired
    ContactDirectory directory;

    HttpResponse<String> adminPost(String path, String json) throws Exception {
        return TestHttp.to(port).send("POST", path, "application/json", json, "Authorization", TestHttp.basic("admin", PASSWORD));
    }

    boolean remindedAbout(long task) {
        return platforms.delivered().stream().anyMatch(r -> r.content().contains("任务" + task + "：")
                && !r.content().contains(CloseRequests.OFFICE_TITLE));
    }

    @Test
    void aRejectedRequestTellsTheRequesterWhyAndTheTaskIsRemindedAgain() throws Exception {
        at(10, 9, 9, 0);
        assertThat(say("wecom", "ZhaoMin", "办结 22").text()).contains("已收到任务22的办结申请");
        remindAndDeliver();
        assertThat(remindedAbout(22)).as("silenced while the request waits").isFalse();

        var rejected = adminPost("/api/admin/supervision/tasks/22/reject", "{\"reason\":\"缺少验收材料，请补充后再申请\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.body()).contains("\"requesterNotified\":true", "赵敏");
        assertThat(task(22).path("closeRequested").asBoolean()).isFalse();

        remindAndDeliver(); // delivers the rejection, and today's reminder that the request had held back
        var toRequester = platforms.delivered().stream()
                .filter(r -> r.body().path("touser").asString().equals("ZhaoMin")).toList();
        assertThat(toRequester).singleElement().satisfies(r ->
                assertThat(r.content()).contains("任务22", "办结申请未通过", "缺少验收材料，请补充后再申请"));
        assertThat(remindedAbout(22)).as("chased again once rejected").isTrue();
        // the unit may ask again, and the office may still confirm
        assertThat(say("wecom", "ZhaoMin", "办结 22").text()).contains("已收到任务22的办结申请");
        assertThat(admin("POST", "/api/admin/supervision/tasks/22/close").statusCode()).isEqualTo(200);
    }

    @Test
    void rejectAndReopenRefuseWhatTheyCannotDoInWords() throws Exception {
        assertThat(adminPost("/api/admin/supervision/tasks/22/reject", "{\"reason\":\"x\"}").body()).contains("没有待确认的办结申请");
        assertThat(adminPost("/api/admin/supervision/tasks/22/reject", "{\"reason\":\"x\"}").statusCode()).isEqualTo(409);
        assertThat(adminPost("/api/admin/supervision/tasks/22/reject", "{}").statusCode()).isEqualTo(400);
        assertThat(adminPost("/api/admin/supervision/tasks/22/reject", null).body()).contains("驳回理由");
        assertThat(adminPost("/api/admin/supervision/tasks/99/reject", "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(adminPost("/api/admin/supervision/tasks/abc/reopen", null).statusCode()).isEqualTo(400);
        assertThat(adminPost("/api/admin/supervision/tasks/22/reopen", null).statusCode()).isEqualTo(409);
        // reopening a confirmed close: the task is open and chased again
        assertThat(admin("POST", "/api/admin/supervision/tasks/22/close").statusCode()).isEqualTo(200);
        var reopened = adminPost("/api/admin/supervision/tasks/22/reopen", null);
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(task(22).path("status").asString()).isNotEqualTo("DONE");
    }

    @Test
    void anUnansweredRequestIsBroughtToTheOfficeAfterTheConfiguredWorkingDays() throws Exception {
        at(10, 9, 9, 0);
        say("wecom", "ZhaoMin", "办结 22");
        LocalDate asked = LocalDate.of(2026, 10, 9);
        LocalDate day = asked;
        int checkedDays = 0;
        while (calendar.workdaysBetween(asked, day, 366) < properties.closeConfirmDays()) {
            at(day.getMonthValue(), day.getDayOfMonth(), 10, 0);
            closeRequests.remindOffice();
            dispatcher.dispatchDue(100);
            assertThat(platforms.delivered()).as("%s: too early", day).noneMatch(r -> r.content().contains(CloseRequests.OFFICE_TITLE));
            day = day.plusDays(1);
            checkedDays++;
        }
        assertThat(checkedDays).isGreaterThanOrEqualTo(properties.closeConfirmDays());
        at(day.getMonthValue(), day.getDayOfMonth(), 10, 0);
        closeRequests.remindOffice();
        closeRequests.remindOffice(); // a second run the same day adds nothing
        dispatcher.dispatchDue(100);
        var toOffice = platforms.delivered().stream().filter(r -> r.content().contains(CloseRequests.OFFICE_TITLE)).toList();
        // once to each robot of each office group (bulletins: true), e.g. 行动办工作群's WeCom and DingTalk robots
        int officeRobots = directory.current().groups().stream().filter(Contacts.Group::bulletins)
                .mapToInt(g -> g.robots().size()).sum();
        assertThat(officeRobots).isPositive();
        assertThat(toOffice).hasSize(officeRobots).allSatisfy(r -> assertThat(r.content())
                .contains("任务22", "赵敏", "已等待 " + properties.closeConfirmDays() + " 个工作日", "/reject"));
    }

    @Test
    void anOverdueTaskStaysRedInTheBulletinWhileItsRequestWaits() {
        at(10, 12, 10, 0); // task 4 (每季度末, due 30 Sep) is overdue
        assertThat(say("wecom", "ZhouQiang", "办结 4").text()).contains("已收到任务4的办结申请");
        String bulletin = say("wecom", "ZhouQiang", "督办通报").text();
        String overdue = bulletin.substring(bulletin.indexOf("逾期任务**"), bulletin.indexOf("近 7 天新增逾期"));
        assertThat(overdue).contains("🔴 任务4", "已申请办结，待确认");
    }
}
