package org.campaignbot.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.campaignbot.BotTest;
import org.campaignbot.channel.Channel;
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
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[]{"/wecom/callback", "/wecom/aibot/callback"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path
                    + "?msg_signature=a&timestamp=1&nonce=2&echostr=x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
        String health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(health).doesNotContain("\"wecom\"");
    }
}
