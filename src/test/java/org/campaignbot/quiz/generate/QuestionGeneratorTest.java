package org.campaignbot.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.KnowledgeFiles;
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuizText;
import org.campaignbot.quiz.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deterministic generation from the campaign speech: enough questions of every kind, each answer word for word. */
class QuestionGeneratorTest {
    private static final Path SPEECH = Path.of("knowledge/speech-sanzhua-sancu.md");
    private static final String GAP = "（　）";
    private static final Pattern ALTERED = Pattern.compile("^原文为“(.+)”，题中把“([^”]+)”换成了“([^”]+)”。$");
    static List<Question> questions;
    static String speechText;

    @BeforeAll
    static void generate() throws Exception {
        questions = QuestionGenerator.generate(speech());
        speechText = Files.readString(SPEECH);
    }

    /** The speech split exactly as the knowledge index splits it. */
    static List<Chunk> speech() throws Exception {
        return new ChineseStructureSplitter().split(new DocumentReader().read(SPEECH, "speech-sanzhua-sancu.md"));
    }

    @Test
    void atLeastSixtyDraftsOfEveryKindWithDistinctStems() {
        assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
        assertThat(questions).allSatisfy(q -> assertThat(q.status()).isEqualTo(Status.DRAFT));
        Map<Kind, Long> byKind = questions.stream().collect(Collectors.groupingBy(Question::kind, Collectors.counting()));
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(Kind.values());
        assertThat(byKind.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
        var stems = questions.stream().map(Question::stem).toList();
        assertThat(new HashSet<>(stems)).hasSameSizeAs(stems);
        assertThat(questions.stream().map(q -> QuizText.stemKey(q.stem())).distinct().count()).isEqualTo(stems.size());
        long trueOnes = questions.stream().filter(q -> q.kind() == Kind.JUDGE && q.answer().equals("对")).count();
        assertThat(trueOnes).isBetween(byKind.get(Kind.JUDGE) / 4, byKind.get(Kind.JUDGE) * 3 / 4);
    }

    @Test
    void everyQuestionCitesAnExactSentenceOfTheSpeech() {
        assertThat(questions).allSatisfy(q -> {
            assertThat(speechText).contains(q.sourceSentence());
            assertThat(q.sourceTitle()).isEqualTo("在全市“三抓三促”行动动员部署会议上的讲话");
            assertThat(q.citation().label()).startsWith("《在全市“三抓三促”行动动员部署会议上的讲话》");
            assertThat(q.explanation()).isNotBlank();
            assertThat(q.difficulty()).isBetween(1, 3);
        });
        var learning = questions.stream().filter(q -> q.sourceSentence().startsWith("学习是提高能力素质的")).findFirst();
        assertThat(learning).get().extracting(q -> q.citation().section()).asString().endsWith("第一,抓学习促提升");
    }

    @Test
    void fillAnswersAreTheWordsTakenOutOfTheSourceSentence() {
        var fills = ofKind(Kind.FILL);
        assertThat(fills).allSatisfy(q -> {
            assertThat(q.stem()).containsOnlyOnce(Question.BLANK);
            assertThat(q.sourceSentence()).contains(q.stem().replace(Question.BLANK, q.answer()));
            assertThat(q.options()).isEmpty();
        });
        assertThat(fills).anySatisfy(q -> {
            assertThat(q.stem()).isEqualTo("学习是提高能力素质的____。");
            assertThat(q.answer()).isEqualTo("根本途径");
        });
    }

    @Test
    void singleChoiceHasOneSupportedAnswerAndThreeWrongOptionsFromElsewhereInTheText() {
        var singles = ofKind(Kind.SINGLE);
        assertThat(singles).allSatisfy(q -> {
            assertThat(q.options()).hasSize(4).doesNotHaveDuplicates();
            assertThat(q.answer()).matches("[A-D]");
            String right = q.options().get(q.answer().charAt(0) - 'A');
            assertThat(q.sourceSentence()).contains(q.stem().replace(GAP, right));
            for (String wrong : q.options()) {
                assertThat(speechText).contains(wrong);
                if (!wrong.equals(right)) {
                    assertThat(q.sourceSentence()).doesNotContain(q.stem().replace(GAP, wrong));
                }
            }
        });
        // parallel phrases of the text, not random words
        assertThat(singles).anySatisfy(q -> {
            assertThat(q.stem()).isEqualTo("学习是提高能力素质的（　）。");
            assertThat(q.options()).contains("根本途径");
        });
        assertThat(singles).anySatisfy(q -> {
            String right = q.options().get(q.answer().charAt(0) - 'A');
            assertThat(q.options()).contains("抓效能促发展");
            assertThat(right).isNotEqualTo("抓效能促发展");
        });
    }

    @Test
    void multipleChoiceAnswersAreExactlyTheItemsTheSentenceLists() {
        assertThat(ofKind(Kind.MULTI)).allSatisfy(q -> {
            assertThat(q.answer()).matches("[A-F]{2,}");
            assertThat(q.options()).hasSizeBetween(3, 6).doesNotHaveDuplicates();
            for (String part : q.stem().split(GAP)) {
                assertThat(q.sourceSentence()).contains(part);
            }
            for (int i = 0; i < q.options().size(); i++) {
                String option = q.options().get(i);
                assertThat(speechText).contains(option);
                boolean right = q.answer().indexOf(Question.letter(i)) >= 0;
                assertThat(q.sourceSentence().contains(option)).as(option).isEqualTo(right);
            }
        });
    }

    @Test
    void trueStatementsAreQuotedAndFalseOnesDifferInOneTermFromTheText() {
        assertThat(ofKind(Kind.JUDGE)).allSatisfy(q -> {
            if (q.answer().equals(Question.TRUE)) {
                assertThat(q.sourceSentence()).contains(q.stem());
            } else {
                assertThat(q.answer()).isEqualTo(Question.FALSE);
                var m = ALTERED.matcher(q.explanation());
                assertThat(m.matches()).as(q.explanation()).isTrue();
                assertThat(q.sourceSentence()).contains(m.group(1)).doesNotContain(q.stem());
                assertThat(q.stem()).isEqualTo(m.group(1).replace(m.group(2), m.group(3)));
                assertThat(speechText).contains(m.group(3));
            }
        });
    }

    @Test
    void theSameDocumentsGiveTheSameQuestions() throws Exception {
        assertThat(QuestionGenerator.generate(speech())).isEqualTo(questions);
    }

    @Test
    void theWholeKnowledgeFolderIncludingThePlanTableGeneratesCleanly() throws Exception {
        List<Chunk> chunks = new ArrayList<>();
        for (var entry : KnowledgeFiles.list(Path.of("knowledge"))) {
            chunks.addAll(new ChineseStructureSplitter().split(new DocumentReader().read(entry.file(), entry.relativePath())));
        }
        var all = QuestionGenerator.generate(chunks);
        assertThat(all.size()).isGreaterThan(questions.size());
        assertThat(all).noneSatisfy(q -> assertThat(q.sourceSentence()).contains("序号："));
    }

    private static List<Question> ofKind(Kind kind) {
        return questions.stream().filter(q -> q.kind() == kind).toList();
    }
}
