package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.campaignbot.BotTest;
import org.campaignbot.channel.ChannelRegistry;
import org.campaignbot.channel.OutboxDispatcher;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.MutableClock;
import org.campaignbot.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders through the real WeCom channel (not the test stand-in) to a fake WeCom server: the group robot gets the
 * merged reminder with the right people in mentioned_list / mentioned_mobile_list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        BotTest.DB, BotTest.INDEX, "bot.supervision.check-interval=1h", "bot.outbox.poll-interval=1h",
        "bot.wecom.robots.office.key=office-key", "bot.wecom.robots.zwfw.key=zwfw-key"})
@Import({TestClock.class, SupervisionRealWecomTest.ClockStart.class})
class SupervisionRealWecomTest {
    static FakePlatform wecomServer;

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockStart {
        @Bean
        TestClock.Start clockStart() {
            return TestClock.Start.beijing(SupervisionTestConfig.START);
        }
    }

    @DynamicPropertySource
    static void wecom(DynamicPropertyRegistry registry) {
        wecomServer = new FakePlatform();
        registry.add("bot.wecom.api-base-url", wecomServer::baseUrl);
    }

    @AfterAll
    static void stop() {
        wecomServer.close();
    }

    @Autowired
    ReminderCycle cycle;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    MutableClock clock;
    @Autowired
    ChannelRegistry channels;

    @Test
    void theRealWecomRobotChannelDeliversTheReminder() {
        assertThat(channels.find("wecom").orElseThrow().getClass().getSimpleName()).isEqualTo("WeComChannel");
        clock.set(LocalDateTime.of(2026, 9, 28, 9, 0));
        cycle.run();
        dispatcher.dispatchDue(1000); // DingTalk is not configured here: those rows wait in the outbox
        var sent = wecomServer.delivered("/cgi-bin/webhook/send?key=office-key");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).content()).contains("【督办提醒】", "任务4", "任务15");
        assertThat(sent.get(0).mentions("mentioned_list")).containsExactly("ZhouQiang", "ZhaoMin");
        assertThat(wecomServer.delivered("zwfw-key")).isEmpty(); // no 政务服务 task is due
    }
}
