package org.campaignbot.conversation.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every question, on every channel, lands in the 问答日志 once, with what the office needs to read it back. */
@BotTest
class QaLogTest {
    @Autowired
    ConversationService conversation;
    @Autowired
    QaLog qaLog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnsweredAndADeclinedQuestionAreKeptWithReplySourcesModeAndLatency() {
        String user = "qa-" + UUID.randomUUID();
        conversation.handle(new IncomingMessage("dingtalk", "cid-1", user, "张三", "三抓三促是哪三项行动？", true, true));
        conversation.handle(new IncomingMessage("wecom", user, user, "张三", "明天天气怎么样", false, false));

        var page = qaLog.search(new QaQuery(null, null, user, null, false), 0, 10);
        assertThat(page.total()).isEqualTo(2);
        QaEntry declined = page.entries().get(0); // newest first
        QaEntry answered = page.entries().get(1);

        assertThat(answered.channel()).isEqualTo("dingtalk");
        assertThat(answered.conversationId()).isEqualTo("cid-1");
        assertThat(answered.userName()).isEqualTo("张三");
        assertThat(answered.question()).isEqualTo("三抓三促是哪三项行动？");
        assertThat(answered.reply()).contains("抓学习促提升");
        assertThat(answered.sources()).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("《"));
        assertThat(answered.answered()).isTrue();
        assertThat(answered.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answered.latencyMs()).isGreaterThanOrEqualTo(0);

        assertThat(declined.answered()).isFalse();
        assertThat(declined.mode()).isEqualTo(AnswerMode.DECLINED);
        assertThat(declined.sources()).isEmpty();
        assertThat(declined.reply()).contains("没有找到");
    }

    @Test
    void commandsAreNotQuestionsAndAreNotKept() {
        String user = "cmd-" + UUID.randomUUID();
        conversation.handle(IncomingMessage.direct("web", user, "", "帮助"));
        conversation.handle(IncomingMessage.direct("web", user, "", "x".repeat(IncomingMessage.MAX_TEXT + 1)));
        assertThat(qaLog.search(new QaQuery(null, null, user, null, false), 0, 10).total()).isZero();
    }

    @Test
    void searchesByDayUserAndTextAndOnlyUnanswered() {
        String user = "find-" + UUID.randomUUID();
        conversation.handle(IncomingMessage.direct("web", user, "李四", "抓执行促落实有哪些要求？"));
        conversation.handle(IncomingMessage.direct("web", user, "李四", "乡村振兴有哪些任务"));
        LocalDate today = LocalDate.now(TimeConfig.ZONE);

        assertThat(qaLog.search(new QaQuery(today, today, user, null, false), 0, 10).total()).isEqualTo(2);
        assertThat(qaLog.search(new QaQuery(today.plusDays(1), null, user, null, false), 0, 10).total()).isZero();
        assertThat(qaLog.search(new QaQuery(null, today.minusDays(1), user, null, false), 0, 10).total()).isZero();
        assertThat(qaLog.search(new QaQuery(null, null, "李四", "执行", false), 0, 10).entries())
                .extracting(QaEntry::question).contains("抓执行促落实有哪些要求？").doesNotContain("乡村振兴有哪些任务");
        assertThat(qaLog.search(new QaQuery(null, null, user, null, true), 0, 10).entries())
                .extracting(QaEntry::question).containsExactly("乡村振兴有哪些任务");
        assertThat(qaLog.search(new QaQuery(null, null, user, "%", false), 0, 10).total()).isZero(); // literally %
    }

    @Test
    void questionsPastTheRetentionAreDeleted() {
        String user = "old-" + UUID.randomUUID();
        conversation.handle(IncomingMessage.direct("web", user, "", "抓学习促提升的目标是什么"));
        long old = System.currentTimeMillis() - qaLog.properties().retention().plus(Duration.ofDays(1)).toMillis();
        jdbc.sql("UPDATE qa_log SET asked_at = ? WHERE user_id = ?").params(old, user).update();
        conversation.handle(IncomingMessage.direct("web", user, "", "抓效能促发展的目标是什么"));

        assertThat(qaLog.purge()).isGreaterThanOrEqualTo(1);
        assertThat(qaLog.search(new QaQuery(null, null, user, null, false), 0, 10).entries())
                .extracting(QaEntry::question).containsExactly("抓效能促发展的目标是什么");
    }
}
