package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sample plan's task table becomes the ledger, as the admin API shows it. */
class SupervisionLedgerApiTest extends SupervisionTestBase {

    @Test
    void everyDeadlineFormOfThePlanIsUnderstood() throws Exception {
        JsonNode tasks = adminJson("GET", "/api/admin/supervision/tasks");
        assertThat(tasks.size()).isEqualTo(22);
        JsonNode first = task(1);
        assertThat(first.path("no").asString()).isEqualTo("1");
        assertThat(first.path("title").asString()).startsWith("制定“三抓三促”行动督办台账");
        assertThat(first.path("leadUnit").asString()).isEqualTo("市委办公室");
        assertThat(first.path("coUnits").get(0).asString()).isEqualTo("市政府办公室");
        assertThat(first.path("owner").asString()).isEqualTo("李明");
        assertThat(first.path("dueDate").asString()).isEqualTo("2026-12-31");      // 2026年12月31日前
        assertThat(task(2).path("dueDate").asString()).isEqualTo("2026-12-20");    // 2026-12-20
        assertThat(task(8).path("dueDate").asString()).isEqualTo("2027-01-31");    // 2027.01.31
        assertThat(task(12).path("dueDate").asString()).isEqualTo("2027-06-30");   // 2027年6月底前
        assertThat(task(19).path("dueDate").asString()).isEqualTo("2027-12-31");   // 2027年12月底前
        assertThat(task(18).path("dueDate").asString()).isEqualTo("2027-12-31");   // 年底前: the plan's deadlines are mostly 2027
        assertThat(task(21).path("dueDate").asString()).isEqualTo("2026-12-31");   // 12月底前 in a plan titled 2026年…
        JsonNode monthly = task(3);                                                  // 每月25日前, first read on 28 Sep
        assertThat(monthly.path("deadlineKind").asString()).isEqualTo("MONTHLY");
        assertThat(monthly.path("dueDate").asString()).isEqualTo("2026-10-25");
        JsonNode quarterly = task(4);                                                // 每季度末
        assertThat(quarterly.path("deadlineKind").asString()).isEqualTo("QUARTERLY");
        assertThat(quarterly.path("dueDate").asString()).isEqualTo("2026-09-30");
        for (long ongoing : new long[] {7, 14, 16}) {                               // 长期坚持 / 持续推进
            assertThat(task(ongoing).path("deadlineKind").asString()).isEqualTo("ONGOING");
            assertThat(task(ongoing).path("dueDate").isNull()).isTrue();
            assertThat(task(ongoing).path("status").asString()).isEqualTo("GREEN");
        }
    }

    @Test
    void anUnreadableDeadlineIsKeptAsWrittenAndFlagged() throws Exception {
        JsonNode odd = task(20);
        assertThat(odd.path("deadlineKind").asString()).isEqualTo("UNREADABLE");
        assertThat(odd.path("deadlineText").asString()).isEqualTo("视情况而定");
        assertThat(odd.path("dueDate").isNull()).isTrue();
        assertThat(odd.path("warnings").get(0).asString()).contains("时限无法识别", "视情况而定");
        assertThat(say("web", "x", "督办台账").text()).contains("任务20：时限无法识别");
    }

    @Test
    void unitsMissingFromContactsAreFlaggedInTheLedger() throws Exception {
        assertThat(task(21).path("warnings").toString()).contains("通讯录中没有单位：市气象局");
        assertThat(task(1).path("warnings").size()).isZero(); // every sample unit is in config/contacts.yaml
    }

    @Test
    void statusLightsFollowWorkingDays() throws Exception {
        // Monday 28 Sep: 每季度末 is due Wednesday 30 Sep, 2 working days away: yellow (within 3)
        assertThat(task(4).path("status").asString()).isEqualTo("YELLOW");
        assertThat(task(22).path("status").asString()).isEqualTo("GREEN"); // 12 Oct: 6 working days (National Day between)
        at(10, 1, 10, 0);
        assertThat(task(4).path("status").asString()).isEqualTo("RED");
        assertThat(task(4).path("daysOverdue").asLong()).isEqualTo(1);
        at(10, 7, 10, 0); // last day of the National Day holiday; 8, 9, 10 (make-up Saturday) and 12 Oct remain
        assertThat(task(22).path("status").asString()).isEqualTo("GREEN");
        at(10, 8, 10, 0);
        assertThat(task(22).path("status").asString()).isEqualTo("YELLOW");
    }

    @Test
    void theAdminApiNeedsTheAdministrator() throws Exception {
        for (String path : new String[] {"/api/admin/supervision/tasks", "/api/admin/supervision/bulletin"}) {
            assertThat(TestHttp.to(port).call("GET", path, null).statusCode()).isEqualTo(401);
        }
        var wrong = TestHttp.to(port).call("POST", "/api/admin/supervision/run-reminders", TestHttp.basic("admin", "nope-nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isZero();
    }

    @Test
    void closingByTheAdministratorChecksItsInput() throws Exception {
        assertThat(admin("POST", "/api/admin/supervision/tasks/abc/close").statusCode()).isEqualTo(400);
        var missing = admin("POST", "/api/admin/supervision/tasks/999/close");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("没有任务999");
        assertThat(admin("POST", "/api/admin/supervision/tasks/9/close").statusCode()).isEqualTo(200);
        assertThat(task(9).path("status").asString()).isEqualTo("DONE");
        assertThat(admin("POST", "/api/admin/supervision/tasks/9/close").statusCode()).isEqualTo(409);
    }
}
