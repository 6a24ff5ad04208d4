package org.campaignbot.quiz.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.quiz.QuizBotTest;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 排行榜: points desc, ties to whoever got there first; this week vs all time; by person and by unit. Units come from
 * the shipped config/contacts.yaml (市发展改革委: 王某某 wangmm / DingTalk 8001, 刘洋 LiuYang; 市政务服务管理局: 张三,
 * 马丽 mobile 13800007003; 市委办公室: 李明).
 */
@QuizBotTest
class LeaderboardTest {
    @Autowired
    Scoreboard scoreboard;
    @Autowired
    ConversationService conversation;
    @Autowired
    MutableClock clock;

    @Autowired
    Leaderboard leaderboard;

    /** On WeCom: units are found by platform id only (the fake "test" channel vouches for nobody). */
    void score(String user, String name, int points) {
        score("wecom", "grp-rank", user, name, points);
    }

    String board(String conversationId) {
        return conversation.handle(new IncomingMessage("wecom", conversationId, "LiuYang", "甲", "排行榜", true, true)).text();
    }

    void score(String channel, String conversation, String user, String name, int points) {
        IncomingMessage m = new IncomingMessage(channel, conversation, user, name, "", true, true);
        scoreboard.record(m, 1, "SET", true, points);
    }

    @Test
    void rankingIsByPointsThenByWhoReachedThemFirst() {
        clock.set(LocalDateTime.of(2026, 11, 25, 10, 0)); // Wednesday of the previous week
        score("13800007003", "丙", 5);                      // 马丽's mobile as the WeCom user id
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));   // Tuesday this week
        score("LiuYang", "甲", 2);                         // WeCom id
        clock.advance(Duration.ofMinutes(1));
        score("wangmm", "乙", 3);                          // WeCom id of 王某某
        clock.advance(Duration.ofMinutes(1));
        score("LiuYang", "甲", 1);                         // 甲 reaches 3 after 乙 did
        clock.advance(Duration.ofMinutes(1));
        score("rank-d", "丁", 1);                           // no unit in contacts.yaml
        score("rank-other", "戊", 0);                       // wrong answers only: not ranked
        clock.advance(Duration.ofMinutes(1));

        String board = board("grp-rank");
        String week = board.substring(board.indexOf("【本周·个人】"), board.indexOf("【总榜·个人】"));
        String all = board.substring(board.indexOf("【总榜·个人】"));
        assertThat(week).containsSubsequence("1. 乙  3 分", "2. 甲  3 分", "3. 丁  1 分").doesNotContain("丙", "戊");
        assertThat(week).containsSubsequence("【本周·单位】", "1. 市发展改革委  6 分（2 人）").doesNotContain("市政务服务管理局");
        assertThat(all).containsSubsequence("1. 丙  5 分", "2. 乙  3 分", "3. 甲  3 分", "4. 丁  1 分");
        assertThat(all).containsSubsequence("【总榜·单位】", "1. 市发展改革委  6 分（2 人）", "2. 市政务服务管理局  5 分（1 人）");

        // one-to-one, 排行榜 ranks everyone on the channel; another group's board does not include this group's points
        String elsewhere = board("grp-rank-empty");
        assertThat(elsewhere).contains("暂无积分").doesNotContain("乙");
    }

    @Test
    void onTheLocalWebPageAUniqueNameFindsTheUnitButNotOnAPlatform() {
        clock.set(LocalDateTime.of(2026, 12, 2, 10, 0));
        score("web", "grp-web-rank", "web-user", "张三", 2);     // 市政务服务管理局, by name
        score("web", "grp-web-rank", "web-li", " 李明 ", 1);     // 市委办公室, name typed with spaces
        score("web", "grp-web-rank", "web-x", "无名氏", 4);       // not in the contacts
        IncomingMessage web = new IncomingMessage("web", "grp-web-rank", "web-user", "张三", "排行榜", true, true);
        assertThat(leaderboard.units(web, false)).containsExactly(
                new Leaderboard.UnitRank("市政务服务管理局", 2, 1), new Leaderboard.UnitRank("市委办公室", 1, 1));

        // on WeCom only the WeCom id (or mobile) counts: a display name could be anyone's
        score("wecom", "grp-wecom-rank", "not-in-contacts", "张三", 2);
        score("wecom", "grp-wecom-rank", "zhangsan", "小张", 1);
        IncomingMessage wecom = new IncomingMessage("wecom", "grp-wecom-rank", "zhangsan", "小张", "排行榜", true, true);
        assertThat(leaderboard.units(wecom, false)).containsExactly(new Leaderboard.UnitRank("市政务服务管理局", 1, 1));
    }
}
