package org.campaignbot.console;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.Status;
import org.campaignbot.quiz.admin.QuestionBank;
import org.campaignbot.quiz.play.Leaderboard;
import org.campaignbot.quiz.play.Scoreboard;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 题库审核: drafts beside the sentence and document they come from; approve, reject (one or many), edit; generate more
 * from the documents; the CSV round trip for those who prefer Excel; the leaderboard. The bank's rules (validation,
 * duplicates, import all-or-nothing) are {@link QuestionBank}'s.
 */
@Controller
class QuizController {
    private static final List<String> CHANNELS = List.of("wecom", "dingtalk", "web");
    private final QuestionBank bank;
    private final QuestionRepository repo;
    private final Leaderboard leaderboard;
    private final ActionLog actions;

    QuizController(QuestionBank bank, QuestionRepository repo, Leaderboard leaderboard, ActionLog actions) {
        this.bank = bank;
        this.repo = repo;
        this.leaderboard = leaderboard;
        this.actions = actions;
    }

    @GetMapping("/admin/quiz")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
        Status s = status == null || status.isBlank() ? Status.DRAFT : Status.parse(status).orElse(Status.DRAFT);
        int p = Pages.page(page);
        long total = repo.count(s);
        model.addAttribute("questions", repo.list(s, (p - 1) * Pages.SIZE, Pages.SIZE));
        model.addAttribute("status", s);
        model.addAttribute("statuses", Status.values());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status x : Status.values()) {
            counts.put(x.name(), repo.count(x));
        }
        model.addAttribute("counts", counts);
        model.addAttribute("page", p);
        model.addAttribute("pages", Pages.pages(total));
        model.addAttribute("link", Pages.link("/admin/quiz", "status", s.name().toLowerCase()));
        return "console/quiz";
    }

    /** Approve or reject the ticked questions, or the one whose own button was pressed ({@code one=approve:12}). */
    @PostMapping("/admin/quiz/review")
    String review(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String one, @RequestParam(defaultValue = "draft") String back,
                  Authentication who, HttpServletRequest request, RedirectAttributes flash) {
        List<Long> chosen = ids == null ? List.of() : ids;
        String what = action;
        if (one != null && one.contains(":")) {
            what = one.substring(0, one.indexOf(':'));
            try {
                chosen = List.of(Long.parseLong(one.substring(one.indexOf(':') + 1)));
            } catch (NumberFormatException e) {
                throw new BadRequestException("题目编号不正确");
            }
        }
        Status target = "approve".equals(what) ? Status.APPROVED : "reject".equals(what) ? Status.REJECTED : null;
        if (target == null || chosen.isEmpty()) {
            flash.addFlashAttribute("problem", "请先勾选题目，再点“通过”或“驳回”");
        } else {
            bank.review(chosen, target);
            String label = target == Status.APPROVED ? "审核通过" : "审核驳回";
            Actor.record(actions, who, request, label, "第 " + ids(chosen) + " 号题（共 " + chosen.size() + " 道）", true);
            flash.addFlashAttribute("ok", label + " " + chosen.size() + " 道题" + (target == Status.APPROVED ? "，已可用于答题" : ""));
        }
        return "redirect:" + Pages.link("/admin/quiz", "status", Status.parse(back).orElse(Status.DRAFT).name().toLowerCase());
    }

    @GetMapping("/admin/quiz/{id}")
    String edit(@PathVariable long id, Model model) {
        Question q = bank.get(id);
        model.addAttribute("q", q);
        model.addAttribute("optionsText", String.join("\n", q.options()));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("statuses", Status.values());
        return "console/question";
    }

    @PostMapping("/admin/quiz/{id}")
    String save(@PathVariable long id, @RequestParam String kind, @RequestParam String stem,
                @RequestParam(defaultValue = "") String options, @RequestParam String answer,
                @RequestParam(defaultValue = "") String explanation, @RequestParam(defaultValue = "") String sourceSentence,
                @RequestParam(defaultValue = "") String sourceTitle, @RequestParam(defaultValue = "") String sourceSection,
                @RequestParam(defaultValue = "2") int difficulty, @RequestParam String status,
                Authentication who, HttpServletRequest request, RedirectAttributes flash) {
        Question q = bank.get(id);
        Kind k = Kind.parse(kind).orElseThrow(() -> new BadRequestException("题型无法识别"));
        Status s = Status.parse(status).orElseThrow(() -> new BadRequestException("状态无法识别"));
        List<String> opts = k.hasOptions() ? Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList() : List.of();
        Question changed = new Question(q.id(), k, stem.strip(), opts, answer.strip(), explanation.strip(),
                sourceSentence.strip(), sourceTitle.strip(), sourceSection.strip(), difficulty, s);
        try {
            bank.edit(changed);
        } catch (BadRequestException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/admin/quiz/" + id;
        }
        Actor.record(actions, who, request, "修改题目", "第 " + id + " 号题（" + s.label() + "）", true);
        flash.addFlashAttribute("ok", "第 " + id + " 号题已保存");
        return "redirect:" + Pages.link("/admin/quiz", "status", s.name().toLowerCase());
    }

    @PostMapping("/admin/quiz/generate")
    String generate(Authentication who, HttpServletRequest request, RedirectAttributes flash) {
        QuestionBank.Generated g = bank.generate();
        Actor.record(actions, who, request, "生成题目", "新生成 " + g.created() + " 道待审核题目", true);
        flash.addFlashAttribute("ok", "从知识库文档新生成 " + g.created() + " 道待审核题目（" + g.alreadyInBank() + " 道题库中已有，未重复添加）");
        return "redirect:/admin/quiz";
    }

    @PostMapping("/admin/quiz/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, Authentication who, HttpServletRequest request,
                     RedirectAttributes flash) throws IOException {
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("problem", "请选择要导入的 CSV 文件");
            return "redirect:/admin/quiz";
        }
        try {
            QuestionBank.Imported r = bank.importCsv(file.getBytes());
            Actor.record(actions, who, request, "导入题库", Pages.blank(file.getOriginalFilename()) + "：新增 " + r.created()
                    + "，更新 " + r.updated(), true);
            flash.addFlashAttribute("ok", "已导入：新增 " + r.created() + " 道，更新 " + r.updated() + " 道");
        } catch (QuestionBank.ImportRejected e) {
            List<String> rows = new ArrayList<>();
            e.rows().stream().limit(50).forEach(r -> rows.add("第 " + r.line() + " 行：" + String.join("；", r.problems())));
            Actor.record(actions, who, request, "导入题库", Pages.blank(file.getOriginalFilename()) + "：" + e.getMessage(), false);
            flash.addFlashAttribute("problem", e.getMessage());
            flash.addFlashAttribute("problems", rows);
        } catch (BadRequestException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/quiz";
    }

    @GetMapping("/admin/quiz/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String status) {
        Status s = status == null || status.isBlank() ? null : Status.parse(status).orElse(null);
        String name = "quiz-bank" + (s == null ? "" : "-" + s.name().toLowerCase()) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(bank.exportCsv(s));
    }

    /** One channel's ranking: this week and all time, people and units. */
    public record Board(String channel, String label, List<Scoreboard.Rank> week, List<Scoreboard.Rank> total,
                 List<Leaderboard.UnitRank> weekUnits, List<Leaderboard.UnitRank> totalUnits) {
    }

    @GetMapping("/admin/quiz/leaderboard")
    String leaderboard(Model model) {
        List<Board> boards = new ArrayList<>();
        for (String channel : CHANNELS) {
            var everyone = IncomingMessage.direct(channel, "console", "", "");
            var total = leaderboard.people(everyone, false);
            if (total.isEmpty()) {
                continue;
            }
            boards.add(new Board(channel, switch (channel) {
                case "wecom" -> "企业微信";
                case "dingtalk" -> "钉钉";
                default -> "本机网页";
            }, top(leaderboard.people(everyone, true)), top(total), top(leaderboard.units(everyone, true)),
                    top(leaderboard.units(everyone, false))));
        }
        model.addAttribute("boards", boards);
        return "console/leaderboard";
    }

    private static <T> List<T> top(List<T> all) {
        return all.subList(0, Math.min(20, all.size()));
    }

    private static String ids(List<Long> ids) {
        String joined = ids.stream().limit(30).map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("");
        return ids.size() > 30 ? joined + " 等" : joined;
    }
}
