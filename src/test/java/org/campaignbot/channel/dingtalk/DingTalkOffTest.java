package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignbot.BotTest;
import org.campaignbot.channel.ChannelRegistry;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without bot.dingtalk settings the service runs with no DingTalk parts at all. */
@BotTest
class DingTalkOffTest {
    @Autowired
    ChannelRegistry channels;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void nothingOfDingTalkExists() throws Exception {
        assertThat(channels.find("dingtalk")).isEmpty();
        assertThat(context.getBeanNamesForType(DingTalkCallbackController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DingTalkReplyPipeline.class)).isEmpty();
        var response = TestHttp.to(port).postJson("/dingtalk/callback", "{}");
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
