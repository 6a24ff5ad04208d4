package org.campaignbot.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a question written or corrected by hand (CSV import, admin edit) and puts its answer in the stored form
 * ({@code ca} → {@code AC}, {@code √} → {@code 对}). Problems are phrased for the office, in Chinese.
 */
public final class QuestionValidator {
    static final int MAX_OPTIONS = 6;
    private static final Pattern BLANK = Pattern.compile("_{2,}|[（(]\\s*[)）]");
    private static final Set<String> TRUE = Set.of("对", "正确", "√", "✓", "T", "TRUE", "是", "Y");
    private static final Set<String> FALSE = Set.of("错", "错误", "×", "✗", "F", "FALSE", "否", "N");

    /** The question in stored form, and what is wrong with it (empty when it may be saved). */
    public record Checked(Question question, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private QuestionValidator() {
    }

    public static Checked check(Question in) {
        List<String> problems = new ArrayList<>();
        String stem = strip(in.stem());
        List<String> options = new ArrayList<>(in.options().stream().map(QuestionValidator::strip).toList());
        while (!options.isEmpty() && options.get(options.size() - 1).isEmpty()) {
            options.remove(options.size() - 1);
        }
        String answer = strip(in.answer());
        if (stem.isEmpty()) {
            problems.add("题干不能为空");
        } else if (stem.length() > 1000) {
            problems.add("题干超过 1000 字");
        }
        if (strip(in.sourceSentence()).isEmpty()) {
            problems.add("原文不能为空：每道题都要附上答案所依据的原文句子");
        }
        if (strip(in.sourceTitle()).isEmpty()) {
            problems.add("出处不能为空，格式如 《动员讲话》二、聚焦重点任务");
        }
        if (in.difficulty() < 1 || in.difficulty() > 3) {
            problems.add("难度应为 1、2 或 3");
        }
        switch (in.kind()) {
            case FILL -> {
                answer = fill(stem, answer, in.sourceSentence(), problems);
                options = List.of();
            }
            case JUDGE -> {
                answer = judge(answer, problems);
                options = List.of();
            }
            case SINGLE, MULTI -> answer = choice(in.kind(), options, answer, problems);
        }
        Question out = new Question(in.id(), in.kind(), stem, options, answer, strip(in.explanation()),
                strip(in.sourceSentence()), strip(in.sourceTitle()), strip(in.sourceSection()), in.difficulty(), in.status());
        return new Checked(out, problems);
    }

    private static String fill(String stem, String answer, String source, List<String> problems) {
        if (!BLANK.matcher(stem).find()) {
            problems.add("填空题的题干要用 ____ 标出空格");
        }
        List<String> accepted = new ArrayList<>();
        for (String a : answer.split("\\|")) {
            if (!a.isBlank()) {
                accepted.add(a.strip());
            }
        }
        if (accepted.isEmpty()) {
            problems.add("填空题答案不能为空（多个可接受的答案用 | 分隔）");
        } else if (source != null && !source.contains(accepted.get(0))) {
            problems.add("填空答案“" + accepted.get(0) + "”没有出现在原文中");
        }
        return String.join("|", accepted);
    }

    private static String judge(String answer, List<String> problems) {
        String a = Normalizer.normalize(answer, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        if (TRUE.contains(a)) {
            return Question.TRUE;
        }
        if (FALSE.contains(a)) {
            return Question.FALSE;
        }
        problems.add("判断题答案应为“对”或“错”，当前为“" + answer + "”");
        return answer;
    }

    private static String choice(Kind kind, List<String> options, String answer, List<String> problems) {
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            problems.add(kind.label() + "题需要 2 到 " + MAX_OPTIONS + " 个选项，当前 " + options.size() + " 个");
        }
        if (options.stream().anyMatch(String::isEmpty)) {
            problems.add("选项中间不能有空白选项");
        }
        if (new HashSet<>(options).size() != options.size()) {
            problems.add("选项不能重复");
        }
        String compact = Normalizer.normalize(answer, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("[\\s,，、]", "");
        TreeSet<Character> letters = new TreeSet<>();
        compact.chars().forEach(c -> letters.add((char) c));
        boolean lettersOk = !letters.isEmpty() && letters.stream().allMatch(c -> c >= 'A' && c < 'A' + options.size());
        if (!lettersOk) {
            problems.add("答案应为选项字母（A–" + Question.letter(Math.max(0, options.size() - 1)) + "），当前为“" + answer + "”");
        } else if (kind == Kind.SINGLE && letters.size() != 1) {
            problems.add("单选题只能有一个答案");
        } else if (kind == Kind.MULTI && letters.size() < 2) {
            problems.add("多选题至少要有两个正确选项；只有一个请改为单选题");
        }
        StringBuilder sb = new StringBuilder();
        letters.forEach(sb::append);
        return lettersOk ? sb.toString() : answer;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
