package org.campaignbot.quiz.play;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuizText;

/**
 * Reads a chat message as an answer to a question, as forgivingly as people type on phones: {@code A}, {@code 选B},
 * {@code ac}, {@code Ａ、Ｃ}, {@code 1}, {@code 对}/{@code ×}, or the words of a blank, in full or half width, any case,
 * with spaces. A message that is not an answer (a question to the knowledge base, a remark) is reported as such, so
 * the session can let it through and wait.
 */
final class AnswerParser {
    /** The message, as the player meant it: letters in order ({@code AC}), 对/错, or the folded words of a blank. */
    public sealed interface Result permits Answer, Invalid, NotAnswer {
    }

    /** An answer; {@code value} is empty for "跳过 / 不知道", which counts as wrong. */
    public record Answer(String value) implements Result {
    }

    /** Meant as an answer but unusable, e.g. two letters for a single choice; {@code hint} says how to answer. */
    public record Invalid(String hint) implements Result {
    }

    public record NotAnswer() implements Result {
    }

    private static final Pattern PREFIX = Pattern.compile("^(?:我选|我觉得是|我认为是|应该选|应该是|应选|选择|选项|答案是|答案|答|选)[:：]?");
    private static final Pattern SUFFIX = Pattern.compile("(?:选项|项|吧)?[。.!！~]*$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、.．;；/和与及]+");
    private static final Pattern QUESTION = Pattern.compile("[?？]|什么|怎么|如何|为什么|哪些|哪个|哪里|是否|请问|吗$|呢$");
    private static final Set<String> SKIP = Set.of("跳过", "不知道", "不会", "pass", "skip");
    private static final Set<String> TRUE = Set.of("对", "对的", "正确", "是", "是的", "√", "✓", "✔", "t", "true", "y", "yes", "a");
    private static final Set<String> FALSE = Set.of("错", "错的", "错误", "不对", "否", "不是", "×", "✗", "✘", "x", "f", "false", "n", "no", "b");

    private AnswerParser() {
    }

    public static Result parse(Question q, String message) {
        String t = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFKC).strip();
        t = SUFFIX.matcher(PREFIX.matcher(t).replaceFirst("")).replaceFirst("").strip();
        if (SKIP.contains(t.toLowerCase(Locale.ROOT))) {
            return new Answer("");
        }
        return switch (q.kind()) {
            case SINGLE, MULTI -> choice(q, t);
            case JUDGE -> judge(t);
            case FILL -> fill(q, t);
        };
    }

    public static boolean isCorrect(Question q, Answer a) {
        if (a.value().isEmpty()) {
            return false;
        }
        if (q.kind() != Kind.FILL) {
            return a.value().equals(q.answer());
        }
        for (String accepted : q.answer().split("\\|")) {
            if (QuizText.fold(accepted).equals(a.value())) {
                return true;
            }
        }
        return false;
    }

    private static Result choice(Question q, String t) {
        String compact = SEPARATORS.matcher(t).replaceAll("").toUpperCase(Locale.ROOT);
        int n = q.options().size();
        char lastLetter = Question.letter(n - 1);
        TreeSet<Character> letters = new TreeSet<>();
        if (compact.matches("[A-Z]{1,6}")) {
            if (!compact.matches("[A-F]+")) {
                return new NotAnswer(); // "OK", "HI": not meant as a choice
            }
            compact.chars().forEach(c -> letters.add((char) c));
        } else if (compact.matches("[1-9]{1,6}")) {
            compact.chars().forEach(c -> letters.add((char) ('A' + c - '1')));
        } else {
            String folded = QuizText.fold(t);
            for (int i = 0; i < n && !folded.isEmpty(); i++) {
                if (QuizText.fold(q.options().get(i)).equals(folded)) {
                    return new Answer(String.valueOf(Question.letter(i)));
                }
            }
            return new NotAnswer();
        }
        if (letters.last() > lastLetter) {
            return new Invalid("请回复 A–" + lastLetter + " 中的选项" + (q.kind() == Kind.MULTI ? "，如 AC" : "，如 A"));
        }
        if (q.kind() == Kind.SINGLE && letters.size() > 1) {
            return new Invalid("这是单选题，请只选一个选项，如 A");
        }
        StringBuilder sb = new StringBuilder();
        letters.forEach(sb::append);
        return new Answer(sb.toString());
    }

    private static Result judge(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        String folded = QuizText.fold(t);
        String word = folded.isEmpty() ? lower : folded;
        if (TRUE.contains(word) || TRUE.contains(lower)) {
            return new Answer(Question.TRUE);
        }
        if (FALSE.contains(word) || FALSE.contains(lower)) {
            return new Answer(Question.FALSE);
        }
        return new NotAnswer();
    }

    private static Result fill(Question q, String t) {
        String folded = QuizText.fold(t);
        int longest = 0;
        for (String accepted : q.answer().split("\\|")) {
            longest = Math.max(longest, QuizText.fold(accepted).length());
        }
        if (folded.isEmpty() || QUESTION.matcher(t).find() || folded.length() > Math.max(16, 2 * longest + 4)) {
            return new NotAnswer();
        }
        return new Answer(folded);
    }
}
