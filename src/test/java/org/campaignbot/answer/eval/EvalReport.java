package org.campaignbot.answer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per-category reply accuracy, retrieval at rank 1, false refusals and off-topic refusals of one evaluation part. */
final class EvalReport {
    record Outcome(EvalQuestion question, boolean accepted, boolean declined, Boolean firstPassageAnswers,
                   String reply) {
    }

    private final String name;
    private final List<Outcome> outcomes = new ArrayList<>();

    EvalReport(String name) {
        this.name = name;
    }

    void add(Outcome o) {
        outcomes.add(o);
    }

    Map<String, double[]> byCategory() {
        Map<String, double[]> counts = new TreeMap<>(); // category → {accepted, total}
        for (Outcome o : outcomes) {
            double[] c = counts.computeIfAbsent(o.question().category(), k -> new double[2]);
            c[0] += o.accepted() ? 1 : 0;
            c[1]++;
        }
        return counts;
    }

    double accuracy(String category) {
        double[] c = byCategory().get(category);
        return c[0] / c[1];
    }

    double recallAt1() {
        List<Outcome> measured = outcomes.stream().filter(o -> o.firstPassageAnswers() != null).toList();
        return measured.stream().filter(Outcome::firstPassageAnswers).count() / (double) measured.size();
    }

    double falseRefusals() {
        List<Outcome> answerable = outcomes.stream().filter(o -> !o.question().offTopic()).toList();
        return answerable.stream().filter(Outcome::declined).count() / (double) answerable.size();
    }

    List<Outcome> offTopic() {
        return outcomes.stream().filter(o -> o.question().offTopic()).toList();
    }

    List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.accepted()).toList();
    }

    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%n%s (%d questions)%n", name, outcomes.size()));
        sb.append(String.format("| %-10s | %5s | %8s |%n", "category", "n", "accuracy"));
        sb.append("|------------|-------|----------|\n");
        double[] all = new double[2];
        for (var e : byCategory().entrySet()) {
            sb.append(String.format("| %-10s | %5d | %8.2f |%n", e.getKey(), (int) e.getValue()[1], e.getValue()[0] / e.getValue()[1]));
            all[0] += e.getValue()[0];
            all[1] += e.getValue()[1];
        }
        sb.append(String.format("| %-10s | %5d | %8.2f |%n", "all", (int) all[1], all[0] / all[1]));
        long r1 = outcomes.stream().filter(o -> o.firstPassageAnswers() != null).count();
        sb.append(String.format("R@1 %.2f (%d questions with a source passage); false refusals %.3f%n", recallAt1(), r1,
                falseRefusals()));
        return sb.toString();
    }
}
