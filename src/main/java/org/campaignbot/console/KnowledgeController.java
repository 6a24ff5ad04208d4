package org.campaignbot.console;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.answer.AnswerService;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.KnowledgeSync;
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 知识库: the indexed documents with their passage counts, the files that were skipped and why, upload (checked by
 * {@link KnowledgeUploads}), re-index, and a test search that shows the ranked passages with their scores and the
 * reply the bot would give, without anything being recorded as a question.
 */
@Controller
class KnowledgeController {
    private final KnowledgeView knowledge;
    private final KnowledgeSync sync;
    private final KnowledgeProperties properties;
    private final HybridRetriever retriever;
    private final AnswerService answers;
    private final KnowledgeUploads uploads;
    private final ConsoleProperties console;
    private final ActionLog actions;

    KnowledgeController(KnowledgeView knowledge, KnowledgeSync sync, KnowledgeProperties properties,
                        HybridRetriever retriever, AnswerService answers, KnowledgeUploads uploads,
                        ConsoleProperties console, ActionLog actions) {
        this.knowledge = knowledge;
        this.sync = sync;
        this.properties = properties;
        this.retriever = retriever;
        this.answers = answers;
        this.uploads = uploads;
        this.console = console;
        this.actions = actions;
    }

    /** One indexed document. */
    public record Document(String path, String title, int passages, int rows) {
        Document plus(Document other) {
            return new Document(path, title, passages + other.passages, rows + other.rows);
        }
    }

    /** One ranked passage of the test search. */
    public record Hit(int rank, String title, String section, String text, double score, double similarity, boolean row) {
    }

    @GetMapping("/admin/knowledge")
    String page(@RequestParam(required = false) String q, Model model) {
        KnowledgeView.Status status = knowledge.status();
        model.addAttribute("status", status);
        model.addAttribute("documents", status.ready() ? documents() : List.of());
        model.addAttribute("skipped", status.skipped());
        model.addAttribute("maxSize", console.uploadMaxSize().toMegabytes());
        model.addAttribute("dir", properties.dir().toString());
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (!query.isEmpty()) {
            if (query.codePointCount(0, query.length()) > IncomingMessage.MAX_TEXT) {
                model.addAttribute("problem", "问题太长：最多 " + IncomingMessage.MAX_TEXT + " 个字");
            } else {
                search(query, model);
            }
        }
        return "console/knowledge";
    }

    private void search(String query, Model model) {
        SearchResult result = retriever.search(query, properties.topK());
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < result.passages().size(); i++) {
            var p = result.passages().get(i);
            hits.add(new Hit(i + 1, p.chunk().title(), p.chunk().section(), p.chunk().text(), round(p.score()),
                    round(p.similarity()), p.chunk().row()));
        }
        model.addAttribute("hits", hits);
        model.addAttribute("relevant", result.relevant());
        model.addAttribute("evidence", result.evidence());
        // a conversation of its own each time: a test is never taken for a follow-up of the previous one
        var message = new IncomingMessage("web", "console-test:" + UUID.randomUUID(), "console", "", query, false, false);
        Reply reply = answers.answer(message);
        model.addAttribute("reply", reply);
    }

    private List<Document> documents() {
        Map<String, Document> byPath = new LinkedHashMap<>();
        for (Chunk c : knowledge.chunks()) { // the first passage's title names the document
            byPath.merge(c.path(), new Document(c.path(), c.title(), 1, c.row() ? 1 : 0), Document::plus);
        }
        List<Document> out = new ArrayList<>(byPath.values());
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }

    @PostMapping("/admin/knowledge/upload")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean replace,
                  Authentication who, HttpServletRequest request, RedirectAttributes flash) throws IOException {
        String name = file == null ? "" : Pages.blank(file.getOriginalFilename());
        if (file == null || file.isEmpty() && name.isEmpty()) {
            flash.addFlashAttribute("problem", "请选择要上传的文件");
            return "redirect:/admin/knowledge";
        }
        KnowledgeUploads.Saved saved;
        try {
            saved = uploads.save(name, file.getBytes(), replace);
        } catch (KnowledgeUploads.Refused e) {
            Actor.record(actions, who, request, "上传文档", ConsoleFormat.INSTANCE.shorten(name, 100) + "：" + e.getMessage(), false);
            flash.addFlashAttribute("problem", "未上传“" + ConsoleFormat.INSTANCE.shorten(name, 60) + "”：" + e.getMessage());
            return "redirect:/admin/knowledge";
        }
        KnowledgeSync.Report report = sync.sync();
        long passages = knowledge.chunks().stream().filter(c -> c.path().equals(saved.path())).count();
        Actor.record(actions, who, request, "上传文档", saved.path() + (saved.replaced() ? "（替换）" : "") + "，" + passages + " 个段落", true);
        String skipped = report.skipped().get(saved.path());
        if (skipped != null) {
            flash.addFlashAttribute("problem", "已保存“" + saved.path() + "”，但没有建立索引：" + skipped);
        } else {
            flash.addFlashAttribute("ok", "已上传“" + saved.path() + "”" + (saved.replaced() ? "（替换了原文件）" : "")
                    + "，索引已更新：" + passages + " 个段落，可以在下方试一试检索");
        }
        return "redirect:/admin/knowledge";
    }

    @PostMapping("/admin/knowledge/reindex")
    String reindex(Authentication who, HttpServletRequest request, RedirectAttributes flash) {
        KnowledgeSync.Report report = sync.sync();
        String summary = "更新 " + report.updated().size() + " 个文件，移除 " + report.removed().size() + " 个，跳过 "
                + report.skipped().size() + " 个";
        Actor.record(actions, who, request, "重建索引", summary, true);
        flash.addFlashAttribute("ok", "已重新读取知识库目录：" + summary);
        return "redirect:/admin/knowledge";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
