package org.campaignbot.quiz.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.Status;
import org.campaignbot.quiz.play.AnswerParser.Answer;
import org.campaignbot.quiz.play.AnswerParser.Invalid;
import org.campaignbot.quiz.play.AnswerParser.NotAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answer form players type, and the messages that must not be taken for answers. */
class AnswerParserTest {
    static final Question SINGLE = question(Kind.SINGLE, List.of("重要标准", "根本途径", "重要指标", "关键手段"), "B");
    static final Question MULTI = question(Kind.MULTI, List.of("网络平台", "明察暗访", "实地考察", "专题讲座"), "ACD");
    static final Question JUDGE = question(Kind.JUDGE, List.of(), "错");
    static final Question FILL = question(Kind.FILL, List.of(), "根本途径|根本路径");

    static Question question(Kind kind, List<String> options, String answer) {
        return new Question(1, kind, "学习是提高能力素质的____。", options, answer, "", "学习是提高能力素质的根本途径。",
                "讲话", "第一,抓学习促提升", 1, Status.APPROVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"B", "b", "Ｂ", "ｂ", "选B", "选 b", "我选B", "答案是B", "答案：B", "B.", "B。", "选项B", " B ", "2", "２", "根本途径", "“根本途径”"})
    void singleChoiceForms(String text) {
        assertThat(AnswerParser.parse(SINGLE, text)).isEqualTo(new Answer("B"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ac|AC", "AC|AC", "ca|AC", "A C|AC", "A,C|AC", "A，C|AC", "A、C|AC", "选AC|AC",
            "ａｃｄ|ACD", "A和C和D|ACD", "134|ACD", "1 3 4|ACD", "A|A", "dca|ACD", "aac|AC"})
    void multipleChoiceFormsAreLettersInOrder(String text, String letters) {
        assertThat(AnswerParser.parse(MULTI, text)).isEqualTo(new Answer(letters));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"对|对", "错|错", "对的|对", "正确|对", "错误|错", "不对|错", "√|对", "×|错", "✓|对",
            "✗|错", "T|对", "f|错", "true|对", "FALSE|错", "答案是错|错", "错。|错"})
    void trueFalseForms(String text, String meant) {
        assertThat(AnswerParser.parse(JUDGE, text)).isEqualTo(new Answer(meant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"根本途径", "根本 途径", "“根本途径”", "根本途径。", "答案是根本途径", "根本路径"})
    void blankWordsIgnoreSpacesPunctuationAndAcceptAlternatives(String text) {
        var result = AnswerParser.parse(FILL, text);
        assertThat(result).isInstanceOf(Answer.class);
        assertThat(AnswerParser.isCorrect(FILL, (Answer) result)).isTrue();
    }

    @Test
    void fullWidthAndCaseAreFoldedForBlanks() {
        var q = question(Kind.FILL, List.of(), "互联网+政务服务");
        assertThat(AnswerParser.isCorrect(q, (Answer) AnswerParser.parse(q, "互联网＋政务服务"))).isTrue();
        var latin = question(Kind.FILL, List.of(), "App");
        assertThat(AnswerParser.isCorrect(latin, (Answer) AnswerParser.parse(latin, "ＡＰＰ"))).isTrue();
    }

    @Test
    void wrongAnswersAreAnswersThatAreNotCorrect() {
        assertThat(AnswerParser.isCorrect(SINGLE, (Answer) AnswerParser.parse(SINGLE, "A"))).isFalse();
        assertThat(AnswerParser.isCorrect(MULTI, (Answer) AnswerParser.parse(MULTI, "AC"))).isFalse();
        assertThat(AnswerParser.isCorrect(JUDGE, (Answer) AnswerParser.parse(JUDGE, "对"))).isFalse();
        assertThat(AnswerParser.isCorrect(FILL, (Answer) AnswerParser.parse(FILL, "重要途径"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"跳过", "不知道", "不会"})
    void skippingCountsAsAWrongAnswer(String text) {
        for (Question q : List.of(SINGLE, MULTI, JUDGE, FILL)) {
            var result = AnswerParser.parse(q, text);
            assertThat(result).isEqualTo(new Answer(""));
            assertThat(AnswerParser.isCorrect(q, (Answer) result)).isFalse();
        }
    }

    @Test
    void unusableChoicesGetAHint() {
        assertThat(AnswerParser.parse(SINGLE, "AB")).isInstanceOf(Invalid.class);
        assertThat(((Invalid) AnswerParser.parse(SINGLE, "E")).hint()).contains("A–D");
        assertThat(AnswerParser.parse(MULTI, "5")).isInstanceOf(Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"三抓三促是哪三项行动？", "OK", "hi", "抓执行促落实有哪些要求", "什么是放管服", "今天开会吗",
            "我的任务"})
    void questionsAndRemarksAreNotAnswersToChoices(String text) {
        assertThat(AnswerParser.parse(SINGLE, text)).isInstanceOf(NotAnswer.class);
        assertThat(AnswerParser.parse(MULTI, text)).isInstanceOf(NotAnswer.class);
        assertThat(AnswerParser.parse(JUDGE, text)).isInstanceOf(NotAnswer.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"三抓三促是哪三项行动？", "抓执行促落实有哪些要求", "什么是放管服", "今天开会吗",
            "请把督办台账里第五项任务的办理情况和最新进展发给我看一下"})
    void questionsAreNotAnswersToBlanks(String text) {
        assertThat(AnswerParser.parse(FILL, text)).isInstanceOf(NotAnswer.class);
    }
}
