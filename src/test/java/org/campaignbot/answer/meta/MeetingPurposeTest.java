package org.campaignbot.answer.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** The opening sentence that says why a meeting was called answers "开这个会是干啥的", from the meeting named. */
class MeetingPurposeTest {
    private static final String MOBILISATION = """
            在全市行动动员部署会议上的讲话
            同志们:
            今天,我们召开全市行动动员部署会议,主要是安排部署我市行动。
            一、统一思想认识
            开展行动是现实需要。
            """;
    private static final String PROGRESS = """
            在全市行动推进会上的讲话
            同志们：
            今天召开这次推进会，主要任务是总结前一阶段行动开展情况。
            一、客观看待成效
            行动取得了阶段性成效。
            """;
    private static final String PLAN = """
            行动实施方案
            一、总体要求
            召开动员会议，主要是部署行动。
            """;

    private static String ask(String question) throws Exception {
        var reader = new DocumentReader();
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                reader.parse(MOBILISATION.getBytes(StandardCharsets.UTF_8), "m.txt"),
                reader.parse(PROGRESS.getBytes(StandardCharsets.UTF_8), "p.txt"),
                reader.parse(PLAN.getBytes(StandardCharsets.UTF_8), "plan.txt")));
        return MeetingPurpose.answer(question, catalog, List.of()).map(r -> r.text()).orElse("");
    }

    @Test
    void theSpeechOfTheMeetingNamedSaysWhatItIsFor() throws Exception {
        assertThat(ask("今天开这个动员部署会 主要是干啥来的")).contains("主要是安排部署我市行动", "动员部署会议上的讲话》");
        assertThat(ask("开推进会的目的是什么")).contains("主要任务是总结前一阶段");
    }

    @Test
    void aMeetingNoSpeechWasGivenAtOrAQuestionOfAnotherKindIsNotAnswered() throws Exception {
        assertThat(ask("讲评会的目的是什么")).isEmpty();
        assertThat(ask("推进会上说台账梳理了多少项任务")).isEmpty();
    }
}
