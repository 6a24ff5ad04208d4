package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;

/**
 * 充分利用（　）等多种形式 — choose every item the text enumerates (网络平台、专题讲座、实地考察) among them plus
 * one or two phrases from elsewhere in the text.
 */
final class MultiChoiceGenerator implements KindGenerator {
    private static final int MAX_OPTIONS = 6;
    private final Distractors distractors;

    MultiChoiceGenerator(Distractors distractors) {
        this.distractors = distractors;
    }

    @Override
    public Optional<Question> generate(SourceSentence s, PhraseFinder.Found found, Set<String> used) {
        for (PhraseFinder.Run run : found.runs()) {
            List<String> items = run.items().stream().map(Phrase::text).toList();
            if (items.size() > MAX_OPTIONS - 1 || items.stream().distinct().count() != items.size()) {
                continue;
            }
            int wanted = Math.min(2, MAX_OPTIONS - items.size());
            List<String> wrong = distractors.pick(run.items().get(0), s.body(), wanted);
            if (wrong.isEmpty()) {
                continue;
            }
            StemWindow w = StemWindow.around(s.body(), run.start(), run.end());
            String stem = w.replace(s.body(), run.start(), run.end(), SingleChoiceGenerator.GAP);
            List<String> options = new ArrayList<>(items);
            options.addAll(wrong);
            Collections.shuffle(options, new Random(stem.hashCode()));
            StringBuilder answer = new StringBuilder();
            for (int i = 0; i < options.size(); i++) {
                if (items.contains(options.get(i))) {
                    answer.append(Question.letter(i));
                }
            }
            String explanation = "原文：" + KindGenerator.quote(w.text()) + "。"
                    + wrong.stream().map(KindGenerator::quote).collect(Collectors.joining()) + "不在本句列举之中。";
            return Optional.of(KindGenerator.draft(Kind.MULTI, stem, options, answer.toString(), explanation, s, 3));
        }
        return Optional.empty();
    }
}
