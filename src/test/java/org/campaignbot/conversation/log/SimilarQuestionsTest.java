package org.campaignbot.conversation.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarQuestionsTest {

    @Test
    void questionsSharingMostCharacterPairsFormOneGroupTheLargestFirst() {
        List<QaEntry> asked = List.of( // newest first, as the log lists them
                q(1, "u1", "乡村振兴有哪些任务"),
                q(2, "u2", "今天天气怎么样"),
                q(3, "u3", "乡村振兴的主要任务是什么？"),
                q(4, "u1", "请问乡村振兴有哪些任务"),
                q(5, "u4", "明天天气如何"),
                q(6, "u5", "食堂几点开饭"));

        var groups = SimilarQuestions.group(asked);

        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).example()).isEqualTo("乡村振兴有哪些任务");
        assertThat(groups.get(0).count()).isEqualTo(3);
        assertThat(groups.get(0).people()).isEqualTo(2);
        assertThat(groups.get(0).wordings()).containsExactly("乡村振兴有哪些任务", "乡村振兴的主要任务是什么？", "请问乡村振兴有哪些任务");
        assertThat(groups.get(1).questions()).extracting(QaEntry::question).containsExactly("今天天气怎么样", "明天天气如何");
        assertThat(groups.get(2).example()).isEqualTo("食堂几点开饭");
    }

    @Test
    void pairsIgnorePunctuationAndQuestionWords() {
        assertThat(SimilarQuestions.pairs("请问，乡村振兴？")).containsExactlyInAnyOrder("乡村", "村振", "振兴");
        assertThat(SimilarQuestions.pairs("吗")).isEmpty();
        assertThat(SimilarQuestions.pairs("税")).containsExactly("税");
        assertThat(SimilarQuestions.jaccard(SimilarQuestions.pairs("乡村振兴"), SimilarQuestions.pairs("乡村振兴吗"))).isEqualTo(1.0);
    }

    private static QaEntry q(int minutesAgo, String user, String text) {
        return new QaEntry(minutesAgo, Instant.parse("2026-10-01T08:00:00Z").minusSeconds(60L * minutesAgo), "wecom",
                user, user, "", text, "知识库中没有找到", List.of(), false, AnswerMode.DECLINED, 5);
    }
}
