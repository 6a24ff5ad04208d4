package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundMessage;
import org.junit.jupiter.api.Test;

class RobotMessageTest {
    private static final Citation SPEECH = new Citation("动员讲话", "二、聚焦重点任务", "抓学习促提升……");

    @Test
    void groupAnswerMentionsTheAskerInAtBlockAndText() {
        RobotMessage m = RobotMessage.reply(Reply.text("请查看通知。"), "staff-7");
        assertThat(m.markdown()).isFalse();
        assertThat(m.text()).isEqualTo("@staff-7\n请查看通知。");
        assertThat(m.webhookBody()).containsEntry("msgtype", "text")
                .containsEntry("at", Map.of("atUserIds", List.of("staff-7"), "atMobiles", List.of(), "isAtAll", false));
    }

    @Test
    void longCitedAnswerGoesAsMarkdownWithTitleAndSources() {
        String answer = "三抓三促行动是指：\n" + "抓学习促提升、抓执行促落实、抓效能促发展。".repeat(5);
        RobotMessage m = RobotMessage.reply(Reply.cited(answer, List.of(SPEECH)), "staff-7");
        assertThat(m.markdown()).isTrue();
        assertThat(m.title()).isEqualTo("三抓三促行动是指：");
        assertThat(m.text()).startsWith("@staff-7  \n三抓三促行动是指：  \n").contains("出处：  \n《动员讲话》二、聚焦重点任务");
        assertThat(m.webhookBody()).containsKey("markdown").doesNotContainKey("text");
        assertThat(m.msgKey()).isEqualTo("sampleMarkdown");
    }

    @Test
    void sourceAlreadyQuotedInTheTextIsNotRepeated() {
        String answer = "见《动员讲话》二、聚焦重点任务。";
        RobotMessage m = RobotMessage.reply(Reply.cited(answer, List.of(SPEECH)), null);
        assertThat(m.text()).isEqualTo(answer);
        assertThat(m.atUserIds()).isEmpty();
    }

    @Test
    void pushCarriesMobilesUserIdsAndAtAll() {
        var push = new OutboundMessage("督办提醒", "任务 5 明天到期", true, List.of("u1"), List.of("13800000000"), true);
        RobotMessage m = RobotMessage.push(push);
        assertThat(m.text()).isEqualTo("@u1 @13800000000  \n任务 5 明天到期");
        assertThat(m.webhookBody()).containsEntry("markdown", Map.of("title", "督办提醒", "text", m.text()))
                .containsEntry("at", Map.of("atUserIds", List.of("u1"), "atMobiles", List.of("13800000000"),
                        "isAtAll", true));
    }

    @Test
    void longTextIsCutOnACharacterBoundaryUnderTheByteLimit() {
        String text = "抓".repeat(5000) + "😀".repeat(10); // 15 000 bytes of 3-byte characters
        String cut = RobotMessage.limit("a" + text);
        byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(RobotMessage.MAX_BYTES);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(cut); // no broken character
        assertThat(cut).endsWith("（内容过长，已截断）");
        assertThat(RobotMessage.limit("短消息")).isEqualTo("短消息");
    }

    @Test
    void titleIsFirstLineShortenedWithoutMarkup() {
        assertThat(RobotMessage.titleOf("## 督办通报\n内容")).isEqualTo("督办通报");
        assertThat(RobotMessage.titleOf("一二三四五六七八九十一二三四五六七八九十一二")).hasSize(21).endsWith("…");
        assertThat(RobotMessage.titleOf("  ")).isEqualTo("三抓三促助手");
    }
}
