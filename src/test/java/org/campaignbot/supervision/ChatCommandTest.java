package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"任务 5", "任务5", "任务５", "任务　５", "任务#5", "任务 #5", "查看任务 5", " 任务5。", "任务第5项"})
    void showInAnyWidthAndSpacing(String text) {
        var c = ChatCommand.parse(text).orElseThrow();
        assertThat(c.kind()).isEqualTo(ChatCommand.Kind.SHOW);
        assertThat(c.id()).isEqualTo(5);
    }

    @Test
    void progressKeepsTheTextAsTypedAndFindsThePercentage() {
        var c = ChatCommand.parse("进展 5 已完成调研，形成初稿").orElseThrow();
        assertThat(c.kind()).isEqualTo(ChatCommand.Kind.PROGRESS);
        assertThat(c.id()).isEqualTo(5);
        assertThat(c.body()).isEqualTo("已完成调研，形成初稿"); // full-width comma kept
        assertThat(c.percent()).isNull();

        var p = ChatCommand.parse("进度５　６０％").orElseThrow();
        assertThat(p.id()).isEqualTo(5);
        assertThat(p.percent()).isEqualTo(60);
        assertThat(p.body()).isEqualTo("６０％");

        assertThat(ChatCommand.parse("进展12：完成百分之八十").orElseThrow().percent()).isNull();
        assertThat(ChatCommand.parse("进展12：完成百分之80").orElseThrow().percent()).isEqualTo(80);
        assertThat(ChatCommand.parse("进度 3 100%").orElseThrow().percent()).isEqualTo(100);
        assertThat(ChatCommand.parse("进展 3").orElseThrow().body()).isEmpty();
    }

    @Test
    void theOtherCommands() {
        assertThat(ChatCommand.parse("我的任务").orElseThrow().kind()).isEqualTo(ChatCommand.Kind.MINE);
        assertThat(ChatCommand.parse("我的任务？").orElseThrow().kind()).isEqualTo(ChatCommand.Kind.MINE);
        assertThat(ChatCommand.parse("办结 7").orElseThrow().kind()).isEqualTo(ChatCommand.Kind.CLOSE);
        assertThat(ChatCommand.parse("申请办结７").orElseThrow().id()).isEqualTo(7);
        assertThat(ChatCommand.parse("督办台账").orElseThrow().kind()).isEqualTo(ChatCommand.Kind.OVERVIEW);
        assertThat(ChatCommand.parse("逾期任务").orElseThrow().kind()).isEqualTo(ChatCommand.Kind.OVERDUE);
        assertThat(ChatCommand.parse("督办通报").orElseThrow().kind()).isEqualTo(ChatCommand.Kind.BULLETIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"任务5的牵头单位是谁", "我的任务是什么意思？", "进展情况怎么报", "督办台账怎么建立", "逾期了怎么办", ""})
    void questionsAreNotCommands(String text) {
        assertThat(ChatCommand.parse(text)).isEmpty();
    }
}
