package org.campaignbot.quiz.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.knowledge.load.TextDecoder;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuestionValidator;
import org.campaignbot.quiz.QuizText;
import org.campaignbot.quiz.Status;
import org.campaignbot.quiz.generate.QuestionGenerator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the office does with the bank: generate drafts, review, edit, import and export. */
@Service
public class QuestionBank {

    /** A question id the bank does not have. */
    public static class NoSuchQuestion extends RuntimeException {
        public NoSuchQuestion(long id) {
            super("没有编号为 " + id + " 的题目");
        }
    }

    /** An import refused because of these rows; nothing was saved. */
    public static class ImportRejected extends RuntimeException {
        private final List<QuestionCsv.RowProblem> rows;

        public ImportRejected(List<QuestionCsv.RowProblem> rows) {
            super("有 " + rows.size() + " 行不符合要求，整个文件未导入，请修改后重新导入");
            this.rows = rows;
        }

        public List<QuestionCsv.RowProblem> rows() {
            return rows;
        }
    }

    public record Generated(int created, int alreadyInBank) {
    }

    public record Imported(int created, int updated) {
    }

    private final QuestionRepository repo;
    private final QuestionGenerator generator;

    public QuestionBank(QuestionRepository repo, QuestionGenerator generator) {
        this.repo = repo;
        this.generator = generator;
    }

    /** Drafts from the current documents; questions already in the bank (same stem) are not added again. */
    public Generated generate() {
        int created = 0;
        int existing = 0;
        for (Question q : generator.generate()) {
            if (repo.add(q).isPresent()) {
                created++;
            } else {
                existing++;
            }
        }
        return new Generated(created, existing);
    }

    public Question get(long id) {
        return repo.find(id).orElseThrow(() -> new NoSuchQuestion(id));
    }

    public Question review(long id, Status status) {
        if (!repo.setStatus(id, status)) {
            throw new NoSuchQuestion(id);
        }
        return get(id);
    }

    @Transactional
    public List<Question> review(List<Long> ids, Status status) {
        List<Question> out = new ArrayList<>();
        for (Long id : ids) {
            out.add(review(id, status));
        }
        return out;
    }

    /** Saves a corrected question after the same checks as an import. */
    public Question edit(Question changed) {
        get(changed.id());
        QuestionValidator.Checked checked = QuestionValidator.check(changed);
        if (!checked.ok()) {
            throw new BadRequestException("题目不符合要求：" + String.join("；", checked.problems()));
        }
        try {
            repo.update(checked.question());
        } catch (DuplicateKeyException e) {
            throw new BadRequestException("题库中已有相同题干的题目：" + repo.findByStem(changed.stem()).map(Question::id).orElse(0L) + " 号");
        }
        return get(changed.id());
    }

    /**
     * Imports a CSV file (UTF-8 with or without BOM, or GB18030 as Excel saves "CSV" on Chinese Windows). Rows with an
     * id update that question, rows without one add a question. All or nothing: one bad row rejects the file, and
     * every bad row is reported with its line number.
     */
    @Transactional
    public Imported importCsv(byte[] file) {
        List<CsvCodec.Row> rows;
        try {
            rows = CsvCodec.parse(TextDecoder.decode(file));
        } catch (CsvCodec.CsvFormatException e) {
            throw new BadRequestException("CSV 格式错误：" + e.getMessage());
        }
        List<QuestionCsv.RowProblem> problems = new ArrayList<>();
        List<QuestionCsv.Parsed> parsed = QuestionCsv.read(rows, problems);
        Map<String, Integer> stemLines = new HashMap<>();
        for (QuestionCsv.Parsed p : parsed) {
            Question q = p.question();
            List<String> rowProblems = new ArrayList<>();
            Integer first = stemLines.putIfAbsent(QuizText.stemKey(q.stem()), p.line());
            if (first != null) {
                rowProblems.add("与第 " + first + " 行题干相同");
            }
            repo.findByStem(q.stem()).filter(other -> other.id() != q.id())
                    .ifPresent(other -> rowProblems.add("题库中第 " + other.id() + " 号题的题干与此相同"));
            if (q.id() != 0 && repo.find(q.id()).isEmpty()) {
                rowProblems.add("编号 " + q.id() + " 在题库中不存在；新题请把编号留空");
            }
            if (!rowProblems.isEmpty()) {
                problems.add(new QuestionCsv.RowProblem(p.line(), rowProblems));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new ImportRejected(problems);
        }
        int created = 0;
        int updated = 0;
        for (QuestionCsv.Parsed p : parsed) {
            if (p.question().id() == 0) {
                repo.add(p.question());
                created++;
            } else {
                repo.update(p.question());
                updated++;
            }
        }
        return new Imported(created, updated);
    }

    public byte[] exportCsv(Status status) {
        return QuestionCsv.write(repo.list(status, 0, Integer.MAX_VALUE));
    }
}
