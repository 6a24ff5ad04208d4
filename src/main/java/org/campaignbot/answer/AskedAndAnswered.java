package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.search.Passage;

/**
 * Handbooks of questions and answers (应知应会手册): "13.问：一般干部每年要完成多少学时？" and under it "答：每名干部…".
 * The question line asks and answers nothing, so it is never quoted. An answer is written to be read whole (its
 * first sentence often only announces the rest: "答：概括起来是“三个带头”："), so when the best sentence stands in
 * one, the whole answer is quoted, as long as it fits a chat reply.
 */
final class AskedAndAnswered {
    private static final String PATH_SEPARATOR = " > ";
    /** "具体安排如下：", "分为以下几类：": the answer goes on in what follows it (a table). */
    private static final Pattern ANNOUNCES = Pattern.compile("[:：]\\s*$");
    /** Positions of table rows quoted with an answer: past any sentence of the passage. */
    private static final int ROWS_APART = 10_000;

    private AskedAndAnswered() {
    }

    /**
     * The paragraphs of a passage's sentences that are a handbook's question, whole: "13.问：一般干部每年要完成多少学时？
     * 线上学时怎么认定？" asks twice, and its second sentence has no 问： of its own.
     */
    static Set<Integer> questionParagraphs(List<Candidate> sentences) {
        Set<Integer> asking = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        for (Candidate c : sentences) {
            if (seen.add(c.paragraph()) && HeadingDetector.isQuestion(c.text())) {
                asking.add(c.paragraph());
            }
        }
        return asking;
    }

    /** True when the passage stands under a handbook's question: the last heading of its path is one. */
    static boolean answersAQuestion(Passage passage) {
        String path = passage.chunk().section();
        int last = path.lastIndexOf(PATH_SEPARATOR);
        String heading = last < 0 ? path : path.substring(last + PATH_SEPARATOR.length());
        return !passage.chunk().row() && HeadingDetector.isQuestion(heading);
    }

    /**
     * The chosen sentences with the whole answer the best of them stands in, in its own order and in the best
     * sentence's place; sentences chosen from other passages follow while the reply stays within {@code maxChars}.
     * Unchanged when the best sentence is not in a handbook's answer; an answer too long to quote whole is quoted from
     * its start as far as it fits ({@link #answerOpening}).
     *
     * @param tableRows the rows of a table standing right under a passage's heading, as sentences: an answer that ends
     *                  announcing them ("具体安排如下：") is quoted with them, each row a quotation of its own
     */
    static List<Candidate> withWholeAnswer(List<Candidate> chosen, List<Passage> passages, int maxChars,
                                           Function<Passage, List<String>> tableRows) {
        if (chosen.isEmpty() || !answersAQuestion(passages.get(chosen.get(0).passage()))) {
            return chosen;
        }
        Candidate best = chosen.get(0);
        List<Candidate> sentences = Candidate.of(best.passage(), passages.get(best.passage()));
        Set<Integer> asking = questionParagraphs(sentences);
        List<Candidate> answer = sentences.stream()
                .filter(c -> !asking.contains(c.paragraph()) && !SignOff.is(c.text())).toList();
        int chars = answer.stream().mapToInt(c -> c.text().length()).sum();
        if (answer.isEmpty()) {
            return chosen;
        }
        if (chars > maxChars) {
            return answerOpening(chosen, answer, maxChars);
        }
        List<Candidate> out = new ArrayList<>();
        answer.forEach(c -> out.add(new Candidate(c.passage(), c.position(), c.paragraph(), c.text(), best.score())));
        if (ANNOUNCES.matcher(answer.get(answer.size() - 1).text()).find()) {
            List<String> rows = tableRows.apply(passages.get(best.passage()));
            for (int i = 0; i < rows.size() && chars + rows.get(i).length() <= 2 * maxChars; i++) {
                // after the answer's sentences, each apart from the others: a row is quoted whole, on its own
                int apart = ROWS_APART + 2 * i;
                out.add(new Candidate(best.passage(), apart, apart, rows.get(i), best.score()));
                chars += rows.get(i).length();
            }
        }
        for (Candidate c : chosen) {
            if (c.passage() != best.passage() && chars + c.text().length() <= maxChars) {
                out.add(c);
                chars += c.text().length();
            }
        }
        return out;
    }

    /**
     * An answer too long to quote whole: the sentences chosen from it, and its sentences from the start as far as they
     * fit, in the answer's order. Its first sentence is often a mere lead ("答：实施“墩苗计划”。") that the question's
     * words pick, while what it asks for (how many, how long) comes right after it.
     */
    private static List<Candidate> answerOpening(List<Candidate> chosen, List<Candidate> answer, int maxChars) {
        Candidate best = chosen.get(0);
        Set<Integer> taken = new HashSet<>();
        int chars = 0;
        for (Candidate c : chosen) {
            if (c.passage() == best.passage() && taken.add(c.position())) {
                chars += c.text().length();
            }
        }
        for (Candidate c : answer) {
            if (!taken.contains(c.position()) && chars + c.text().length() <= maxChars) {
                taken.add(c.position());
                chars += c.text().length();
            }
        }
        List<Candidate> out = new ArrayList<>();
        answer.stream().filter(c -> taken.contains(c.position()))
                .forEach(c -> out.add(new Candidate(c.passage(), c.position(), c.paragraph(), c.text(), best.score())));
        chosen.stream().filter(c -> c.passage() != best.passage()).forEach(out::add);
        return out;
    }
}
