package org.campaignbot;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application starts, with its three jobs and its version. */
@BotTest
class ApplicationStartsTest {
    @Autowired
    ConversationService conversation;
    @LocalServerPort
    int port;

    @Test
    void helpListsTheThreeJobs() {
        var reply = conversation.handle(IncomingMessage.direct("web", "u1", "张三", "帮助"));
        assertThat(reply.text()).contains("回答问题", "督办提醒", "学习答题");
    }

    @Test
    void infoShowsTheVersion() {
        var info = TestHttp.to(port).get("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"", "\"version\":\"0.1.0\"", "\"artifact\":\"campaign-bot\"");
    }
}
