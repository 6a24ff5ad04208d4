package org.campaignbot;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BotTest
class ApplicationStartsTest {
    @Autowired
    ConversationService conversation;

    @Test
    void helpListsTheThreeJobs() {
        var reply = conversation.handle(IncomingMessage.direct("web", "u1", "张三", "帮助"));
        assertThat(reply.text()).contains("回答问题", "督办提醒", "学习答题");
    }
}
