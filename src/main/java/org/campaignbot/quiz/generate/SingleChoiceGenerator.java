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

/** 学习是提高能力素质的（　）。 A 重要标准 B 根本途径 C 重要指标 D 关键手段 — three wrong options from the text. */
final class SingleChoiceGenerator implements KindGenerator {
    static final String GAP = "（　）";
    private final Distractors distractors;

    SingleChoiceGenerator(Distractors distractors) {
        this.distractors = distractors;
    }

    @Override
    public Optional<Question> generate(SourceSentence s, PhraseFinder.Found found, Set<String> used) {
        for (Phrase p : KindGenerator.ordered(found.phrases(), used)) {
            StemWindow w = StemWindow.around(s.body(), p.start(), p.end());
            if (StemWindow.occurrences(w.text(), p.text()) != 1) {
                continue;
            }
            List<String> wrong = distractors.pick(p, s.body(), 3);
            if (wrong.size() < 3) {
                continue;
            }
            used.add(p.text());
            String stem = w.replace(s.body(), p.start(), p.end(), GAP);
            List<String> options = new ArrayList<>(wrong);
            options.add(p.text());
            Collections.shuffle(options, new Random(stem.hashCode()));
            String answer = String.valueOf(Question.letter(options.indexOf(p.text())));
            String explanation = "原文：" + KindGenerator.quote(w.text()) + "。其余选项"
                    + wrong.stream().map(KindGenerator::quote).collect(Collectors.joining()) + "出自文件其他部分，与本句不符。";
            int difficulty = p.source() == Phrase.Source.DEFINITION ? 2 : 1;
            return Optional.of(KindGenerator.draft(Kind.SINGLE, stem, options, answer, explanation, s, difficulty));
        }
        return Optional.empty();
    }
}
