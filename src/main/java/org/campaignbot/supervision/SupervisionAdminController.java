package org.campaignbot.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.campaignbot.common.ErrorBody;
import org.campaignbot.admin.AdminAuth;
import org.campaignbot.cluster.ClusterLock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office administrator's view of the ledger. Every path is under /api/admin/, so the admin interceptor
 * ({@link org.campaignbot.admin.AdminAuthInterceptor}) has already checked the credentials.
 */
@RestController
@RequestMapping("/api/admin/supervision")
public class SupervisionAdminController {
    private final Ledger ledger;
    private final ReminderCycle reminders;
    private final Bulletin bulletin;
    private final BulletinJob bulletinJob;
    private final CloseRequests closeRequests;
    private final ClusterLock lock;

    public SupervisionAdminController(Ledger ledger, ReminderCycle reminders, Bulletin bulletin, BulletinJob bulletinJob,
                                      CloseRequests closeRequests, ClusterLock lock) {
        this.lock = lock;
        this.closeRequests = closeRequests;
        this.ledger = ledger;
        this.reminders = reminders;
        this.bulletin = bulletin;
        this.bulletinJob = bulletinJob;
    }

    /** One ledger row as JSON; dueDate is null for 长期 tasks and unreadable deadlines. */
    public record TaskJson(long id, String no, String title, String leadUnit, List<String> coUnits, String owner,
                           String deadlineText, String deadlineKind, String dueDate, String status, String statusLabel,
                           long daysOverdue, Integer progress, boolean closeRequested, String closeRequestedBy,
                           List<String> warnings, String source) {
        static TaskJson of(TaskState s) {
            Task t = s.task();
            return new TaskJson(t.id(), t.no(), t.title(), t.leadUnit(), t.coUnits(), t.owner(), t.deadline().text(),
                    t.deadline().kind().name(), s.due() == null ? null : s.due().toString(), s.status().name(),
                    s.status().label(), s.daysOverdue(), t.percent(), t.closeRequested(), t.closeRequestedBy(),
                    s.warnings(), t.source());
        }
    }

    @GetMapping("/tasks")
    public List<TaskJson> tasks() {
        return ledger.states().stream().map(TaskJson::of).toList();
    }

    @PostMapping("/tasks/{id}/close")
    public ResponseEntity<?> close(@PathVariable String id) {
        return withTask(id, taskId -> {
            if (!ledger.close(taskId, AdminAuth.USER)) {
                return ErrorBody.response(409, "任务" + taskId + "已经办结");
            }
            return ResponseEntity.ok(TaskJson.of(ledger.state(taskId).orElseThrow()));
        });
    }

    /** The reason goes back to the requester; the task is chased again from the next reminder run. */
    public record RejectRequest(String reason) {
    }

    @PostMapping("/tasks/{id}/reject")
    public ResponseEntity<?> reject(@PathVariable String id, @RequestBody(required = false) RejectRequest body) {
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            return ErrorBody.response(400, "请写明驳回理由，格式：{\"reason\":\"……\"}，理由会发给申请人");
        }
        if (reason.length() > 500) {
            return ErrorBody.response(400, "驳回理由请控制在 500 字以内");
        }
        return withTask(id, taskId -> closeRequests.reject(taskId, reason)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(Map.of("task", TaskJson.of(ledger.state(taskId).orElseThrow()),
                        "rejectedRequestBy", r.request().by(), "requesterNotified", r.notified(), "reason", reason)))
                .orElseGet(() -> ErrorBody.response(409, "任务" + taskId + "没有待确认的办结申请")));
    }

    /** A report the office received another way (phone, paper), recorded in the unit's name. */
    public record ProgressRequest(String text, Integer percent, String unit) {
    }

    @PostMapping("/tasks/{id}/progress")
    public ResponseEntity<?> progress(@PathVariable String id, @RequestBody(required = false) ProgressRequest body) {
        String text = body == null || body.text() == null ? "" : body.text().strip();
        if (text.isEmpty()) {
            return ErrorBody.response(400, "请写明进展内容，格式：{\"text\":\"……\",\"percent\":50}（percent 可省略，0 到 100）");
        }
        if (text.length() > 2000) {
            return ErrorBody.response(400, "进展内容请控制在 2000 字以内");
        }
        if (body.percent() != null && (body.percent() < 0 || body.percent() > 100)) {
            return ErrorBody.response(400, "percent 应在 0 到 100 之间");
        }
        return withTask(id, taskId -> {
            Task task = ledger.state(taskId).orElseThrow().task();
            String unit = body.unit() == null || body.unit().isBlank() ? task.leadUnit() : body.unit().strip();
            TaskState state = ledger.report(task, "行动办（" + AdminAuth.USER + "代录）", unit, "admin", AdminAuth.USER, text,
                    body.percent());
            return ResponseEntity.ok(TaskJson.of(state));
        });
    }

    @PostMapping("/tasks/{id}/reopen")
    public ResponseEntity<?> reopen(@PathVariable String id) {
        return withTask(id, taskId -> closeRequests.reopen(taskId)
                ? ResponseEntity.ok(TaskJson.of(ledger.state(taskId).orElseThrow()))
                : ErrorBody.response(409, "任务" + taskId + "没有办结，无需重新打开（驳回办结申请请用 /reject）"));
    }

    /** Parses the id and finds the task (400 / 404 otherwise), then runs the action. */
    private ResponseEntity<?> withTask(String id, java.util.function.LongFunction<ResponseEntity<?>> action) {
        long taskId;
        try {
            taskId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return ErrorBody.response(400, "任务编号应为数字，收到的是“" + Texts.shorten(id, 20) + "”");
        }
        if (ledger.state(taskId).isEmpty()) {
            return ErrorBody.response(404, "督办台账中没有任务" + taskId);
        }
        return action.apply(taskId);
    }

    /** Under the lock the scheduled run takes, so a click never runs alongside another instance's cycle. */
    @PostMapping("/run-reminders")
    public ResponseEntity<?> runReminders() {
        ReminderCycle.Result result = lock.callExclusively(SupervisionScheduler.REMINDERS_LOCK, Duration.ofMinutes(10), reminders::run);
        return result != null ? ResponseEntity.ok(result) : ErrorBody.response(409, "另一个实例正在发送今天的提醒，请稍后再试");
    }

    @GetMapping("/bulletin")
    public Map<String, Object> bulletin() {
        return Map.of("title", Bulletin.TITLE, "date", ledger.today().toString(), "markdown", bulletin.render(Integer.MAX_VALUE));
    }

    /** Pushes today's bulletin to the bulletin groups now (once per group per day). */
    @PostMapping("/bulletin/send")
    public ResponseEntity<?> sendBulletin() {
        Integer queued = lock.callExclusively(SupervisionScheduler.BULLETIN_LOCK, Duration.ofMinutes(10), bulletinJob::post);
        return queued != null ? ResponseEntity.ok(Map.of("queued", queued)) : ErrorBody.response(409, "另一个实例正在发送通报，请稍后再试");
    }
}
