package org.campaignbot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.conversation.IncomingMessage;
import org.campaignbot.quiz.play.Scoreboard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 排行榜: points desc, ties to whoever got there first; this week vs all time; by person and by unit. */
@QuizBotTest
class LeaderboardTest {
    @Autowired
    Scoreboard scoreboard;
    @Autowired
    ConversationService conversation;
    @Autowired
    QuizTestConfig.MutableClock clock;

    void score(String user, String name, int points) {
        IncomingMessage m = new IncomingMessage("test", "grp-rank", user, name, "", true, true);
        scoreboard.record(m, 1, "SET", true, points);
    }

    @Test
    void rankingIsByPointsThenByWhoReachedThemFirst() {
        clock.set(LocalDateTime.of(2026, 11, 25, 10, 0)); // Wednesday of the previous week
        score("rank-c", "丙", 5);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));   // Tuesday this week
        score("rank-a", "甲", 2);
        clock.advance(Duration.ofMinutes(1));
        score("rank-b", "乙", 3);
        clock.advance(Duration.ofMinutes(1));
        score("rank-a", "甲", 1);                           // 甲 reaches 3 after 乙 did
        clock.advance(Duration.ofMinutes(1));
        score("rank-d", "丁", 1);                           // no unit in contacts.yaml
        score("rank-other", "戊", 0);                       // wrong answers only: not ranked
        clock.advance(Duration.ofMinutes(1));

        String board = QuizChat.group(conversation, "grp-rank", "rank-a", "甲", "排行榜").text();
        String week = board.substring(board.indexOf("【本周·个人】"), board.indexOf("【总榜·个人】"));
        String all = board.substring(board.indexOf("【总榜·个人】"));
        assertThat(week).containsSubsequence("1. 乙  3 分", "2. 甲  3 分", "3. 丁  1 分").doesNotContain("丙", "戊");
        assertThat(week).containsSubsequence("【本周·单位】", "1. 市发展改革委  6 分（2 人）").doesNotContain("市政务服务管理局");
        assertThat(all).containsSubsequence("1. 丙  5 分", "2. 乙  3 分", "3. 甲  3 分", "4. 丁  1 分");
        assertThat(all).containsSubsequence("【总榜·单位】", "1. 市发展改革委  6 分（2 人）", "2. 市政务服务管理局  5 分（1 人）");

        // one-to-one, 排行榜 ranks everyone on the channel; another group's board does not include this group's points
        String elsewhere = QuizChat.group(conversation, "grp-rank-empty", "rank-a", "甲", "排行榜").text();
        assertThat(elsewhere).contains("暂无积分").doesNotContain("乙");
    }
}
