package org.campaignbot.quiz.admin;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.common.ErrorBody;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizProperties;
import org.campaignbot.quiz.Status;
import org.campaignbot.quiz.play.GroupContest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The office's question bank API under {@code /api/admin/quiz}. Being under {@code /api/admin/}, every request first
 * passes the shared administrator check ({@link org.campaignbot.admin.AdminAuthInterceptor}).
 */
@RestController
@RequestMapping("/api/admin/quiz")
class QuizAdminController {
    private static final int MAX_PAGE = 500;

    /** Several questions at once, e.g. approving a reviewed page. */
    public record Ids(List<Long> ids) {
    }

    /** Post a question to a configured group as a contest; without a question id a random approved one is used. */
    public record ContestRequest(String group, Long questionId, Integer minutes) {
    }

    private final QuestionBank bank;
    private final QuestionRepository repo;
    private final GroupContest contests;
    private final QuizProperties props;

    public QuizAdminController(QuestionBank bank, QuestionRepository repo, GroupContest contests, QuizProperties props) {
        this.bank = bank;
        this.repo = repo;
        this.contests = contests;
        this.props = props;
    }

    @GetMapping("/questions")
    public Map<String, Object> list(@RequestParam(required = false) String status,
                                    @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        Status s = status == null || status.isBlank() ? null : parseStatus(status);
        if (page < 1 || size < 1 || size > MAX_PAGE) {
            throw new BadRequestException("page 从 1 开始，size 在 1 到 " + MAX_PAGE + " 之间");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", repo.count(s));
        out.put("page", page);
        out.put("questions", repo.list(s, (page - 1) * size, size).stream().map(QuestionView::of).toList());
        return out;
    }

    @GetMapping("/questions/{id}")
    public QuestionView get(@PathVariable long id) {
        return QuestionView.of(bank.get(id));
    }

    @PutMapping("/questions/{id}")
    public QuestionView edit(@PathVariable long id, @RequestBody QuestionEdit edit) {
        return QuestionView.of(bank.edit(edit.applyTo(bank.get(id))));
    }

    @PostMapping("/questions/{id}/approve")
    public QuestionView approve(@PathVariable long id) {
        return QuestionView.of(bank.review(id, Status.APPROVED));
    }

    @PostMapping("/questions/{id}/reject")
    public QuestionView reject(@PathVariable long id) {
        return QuestionView.of(bank.review(id, Status.REJECTED));
    }

    @PostMapping("/questions/approve")
    public Map<String, Object> approveAll(@RequestBody Ids ids) {
        return Map.of("approved", bank.review(ids(ids), Status.APPROVED).size());
    }

    @PostMapping("/questions/reject")
    public Map<String, Object> rejectAll(@RequestBody Ids ids) {
        return Map.of("rejected", bank.review(ids(ids), Status.REJECTED).size());
    }

    @PostMapping("/generate")
    public Map<String, Object> generate() {
        QuestionBank.Generated g = bank.generate();
        return Map.of("created", g.created(), "alreadyInBank", g.alreadyInBank(), "drafts", repo.count(Status.DRAFT));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        return importCsv(file.getBytes());
    }

    @PostMapping("/import")
    public Map<String, Object> importCsv(@RequestBody(required = false) byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadRequestException("请上传 CSV 文件（请求体为文件内容，或表单字段 file）");
        }
        QuestionBank.Imported r = bank.importCsv(body);
        return Map.of("created", r.created(), "updated", r.updated());
    }

    @GetMapping("/export")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String status) {
        Status s = status == null || status.isBlank() ? null : parseStatus(status);
        String name = "quiz-bank" + (s == null ? "" : "-" + s.name().toLowerCase()) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(bank.exportCsv(s));
    }

    @PostMapping("/contests")
    public Map<String, Object> contest(@RequestBody ContestRequest req) {
        QuizProperties.Group g = props.group(req.group() == null ? "" : req.group())
                .orElseThrow(() -> new BadRequestException("没有名为“" + req.group() + "”的群，请先在 bot.quiz.groups 中配置"));
        if (!g.contests()) {
            throw new BadRequestException("群“" + g.name() + "”没有配置 conversation-id，无法接收抢答");
        }
        int minutes = req.minutes() == null ? (int) Math.max(1, props.contestTimeLimit().toMinutes()) : req.minutes();
        if (minutes < 1 || minutes > 1440) {
            throw new BadRequestException("minutes 应在 1 到 1440 之间");
        }
        Question q = req.questionId() == null ? randomApproved() : bank.get(req.questionId());
        if (q.status() != Status.APPROVED) {
            throw new BadRequestException("第 " + q.id() + " 号题尚未审核通过，不能用于抢答");
        }
        var opened = contests.open(g, q, "admin:" + System.nanoTime() + ":" + g.name(), Duration.ofMinutes(minutes), "抢答");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contestId", opened.contest().id());
        out.put("group", g.name());
        out.put("questionId", q.id());
        out.put("closesAt", Instant.ofEpochMilli(opened.contest().closesAt()).atZone(TimeConfig.ZONE).toOffsetDateTime().toString());
        return out;
    }

    private Question randomApproved() {
        List<Long> ids = new ArrayList<>(repo.approvedIds());
        if (ids.isEmpty()) {
            throw new BadRequestException("题库里还没有审核通过的题目");
        }
        Collections.shuffle(ids);
        return bank.get(ids.get(0));
    }

    private static List<Long> ids(Ids ids) {
        if (ids == null || ids.ids() == null || ids.ids().isEmpty()) {
            throw new BadRequestException("请在 ids 中给出题目编号，如 {\"ids\":[1,2,3]}");
        }
        return ids.ids();
    }

    private static Status parseStatus(String status) {
        return Status.parse(status).orElseThrow(() -> new BadRequestException("status 应为 draft、approved 或 rejected"));
    }

    @ExceptionHandler(QuestionBank.NoSuchQuestion.class)
    ResponseEntity<ErrorBody> notFound(QuestionBank.NoSuchQuestion e) {
        return ErrorBody.response(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(QuestionBank.ImportRejected.class)
    ResponseEntity<Map<String, Object>> rejected(QuestionBank.ImportRejected e) {
        List<Map<String, Object>> rows = e.rows().stream()
                .map(r -> Map.<String, Object>of("line", r.line(), "problems", r.problems())).toList();
        // the one error shape plus the rows that failed, so a script can point at them; the content type is set, so
        // a client asking for text/html still gets this JSON rather than a 500
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage(), "rows", rows));
    }

    /** BadRequestException is answered by the global handler; these get one wording for the whole quiz API. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MultipartException.class})
    ResponseEntity<ErrorBody> unreadable(Exception e) {
        return ErrorBody.response(HttpStatus.BAD_REQUEST, "请求格式不正确：JSON 请求体或参数无法识别");
    }
}
