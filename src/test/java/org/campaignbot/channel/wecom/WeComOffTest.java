package org.campaignbot.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.campaignbot.BotTest;
import org.campaignbot.channel.Channel;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** With no bot.wecom settings (the plain test context), WeCom is off: no channel, no callbacks, no health entry. */
@BotTest
class WeComOffTest {
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void nothingWeComExists() throws Exception {
        assertThat(context.containsBean("wecom")).isFalse();
        assertThat(context.getBeansOfType(Channel.class).values()).noneMatch(c -> c.name().equals("wecom"));
        assertThat(context.getBeanNamesForType(AppCallbackController.class)).isEmpty();
        var http = TestHttp.to(port);
        for (String path : new String[]{"/wecom/callback", "/wecom/aibot/callback"}) {
            HttpResponse<String> r = http.get(path + "?msg_signature=a&timestamp=1&nonce=2&echostr=x");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
        String health = http.get("/actuator/health").body();
        assertThat(health).doesNotContain("\"wecom\"");
    }
}
