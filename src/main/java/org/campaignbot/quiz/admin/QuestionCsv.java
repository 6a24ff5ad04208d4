package org.campaignbot.quiz.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionValidator;
import org.campaignbot.quiz.Status;

/**
 * The bank as a spreadsheet: one question per row, Chinese column names, options in columns A–F, the citation in
 * its chat form 《title》section. Columns are found by name, so the office may reorder or add columns.
 */
public final class QuestionCsv {
    static final List<String> HEADER = List.of("编号", "题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F",
            "答案", "解析", "原文", "出处", "难度", "状态");
    private static final List<String> REQUIRED = List.of("题型", "题干", "答案", "原文", "出处");

    /** A row that can be saved: {@code question.id()} is 0 for a new question. */
    public record Parsed(int line, Question question) {
    }

    /** A row that cannot, with every reason. */
    public record RowProblem(int line, List<String> problems) {
    }

    private QuestionCsv() {
    }

    public static byte[] write(List<Question> questions) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Question q : questions) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(q.id()), q.kind().label(), q.stem()));
            for (int i = 0; i < 6; i++) {
                row.add(i < q.options().size() ? q.options().get(i) : "");
            }
            row.addAll(List.of(q.answer(), q.explanation(), q.sourceSentence(), q.citation().label(),
                    String.valueOf(q.difficulty()), q.status().label()));
            rows.add(row);
        }
        return CsvCodec.write(rows);
    }

    /** Reads every data row; a row that is not a valid question goes to {@code problems}, never half-read. */
    public static List<Parsed> read(List<CsvCodec.Row> rows, List<RowProblem> problems) {
        List<Parsed> out = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new RowProblem(1, List.of("文件是空的，第 1 行应为表头：" + String.join(",", HEADER))));
            return out;
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(header.get(i).strip(), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new RowProblem(1, List.of("表头缺少列：" + String.join("、", missing))));
            return out;
        }
        for (CsvCodec.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            List<String> rowProblems = new ArrayList<>();
            Question q = question(row, column, rowProblems);
            if (q != null) {
                QuestionValidator.Checked checked = QuestionValidator.check(q);
                rowProblems.addAll(checked.problems());
                q = checked.question();
            }
            if (rowProblems.isEmpty()) {
                out.add(new Parsed(row.line(), q));
            } else {
                problems.add(new RowProblem(row.line(), rowProblems));
            }
        }
        return out;
    }

    private static Question question(CsvCodec.Row row, Map<String, Integer> column, List<String> problems) {
        String idText = cell(row, column, "编号");
        long id = 0;
        if (!idText.isEmpty()) {
            try {
                id = Long.parseLong(idText);
            } catch (NumberFormatException e) {
                problems.add("编号“" + idText + "”不是数字；新题请留空");
            }
        }
        Optional<Kind> kind = Kind.parse(cell(row, column, "题型"));
        if (kind.isEmpty()) {
            problems.add("题型“" + cell(row, column, "题型") + "”无法识别，应为 填空、单选、多选 或 判断");
        }
        String statusText = cell(row, column, "状态");
        Optional<Status> status = statusText.isEmpty() ? Optional.of(Status.DRAFT) : Status.parse(statusText);
        if (status.isEmpty()) {
            problems.add("状态“" + statusText + "”无法识别，应为 待审核、已通过 或 已驳回");
        }
        String difficultyText = cell(row, column, "难度");
        int difficulty = 2;
        if (!difficultyText.isEmpty()) {
            try {
                difficulty = Integer.parseInt(difficultyText);
            } catch (NumberFormatException e) {
                problems.add("难度“" + difficultyText + "”应为 1、2 或 3");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (char c = 'A'; c <= 'F'; c++) {
            options.add(cell(row, column, "选项" + c));
        }
        String[] citation = splitCitation(cell(row, column, "出处"));
        return new Question(id, kind.get(), cell(row, column, "题干"), options, cell(row, column, "答案"),
                cell(row, column, "解析"), cell(row, column, "原文"), citation[0], citation[1], difficulty, status.get());
    }

    /**
     * 《动员讲话》二、聚焦重点任务 → title, section. Brackets are matched by depth, because official titles nest them:
     * 《关于印发《行动方案》的通知》. Text without a leading 《 is all title.
     */
    static String[] splitCitation(String citation) {
        if (citation.startsWith("《")) {
            int depth = 0;
            for (int i = 0; i < citation.length(); i++) {
                depth += citation.charAt(i) == '《' ? 1 : citation.charAt(i) == '》' ? -1 : 0;
                if (depth == 0) {
                    return new String[] {citation.substring(1, i).strip(), citation.substring(i + 1).strip()};
                }
            }
        }
        return new String[] {citation.strip(), ""};
    }

    private static String cell(CsvCodec.Row row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= row.cells().size() ? "" : row.cells().get(i).strip();
    }
}
