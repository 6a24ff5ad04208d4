package org.campaignbot.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campaignbot.channel.Channel;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.OutboxStatus;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.Waits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pushes through the "wecom" channel bean of the running app, over HTTP to the fake WeCom API. */
@ExtendWith(OutputCaptureExtension.class)
class WeComPushTest extends WeComTestBase {
    @Autowired
    @Qualifier("wecom")
    Channel channel;
    @Autowired
    AccessTokenCache tokens;
    @Autowired
    Outbox outbox;
    @Autowired
    ObjectProvider<AppMessageClient> appClient;
    @Autowired
    RobotClient robots;
    @Autowired
    ObjectProvider<AiBotChatUrls> chatUrls;
    @Autowired
    ObjectProvider<ResponseUrlClient> responseUrls;
    @Autowired
    WeComHealth problems;
    @Autowired
    ResumePoints resumePoints;

    private static final OutboundTarget ZHANGSAN = OutboundTarget.user("wecom", "zhangsan");
    private static final OutboundTarget OFFICE = OutboundTarget.robot("wecom", "office");

    @Test
    void theChannelBeanIsNamedWecom() {
        assertThat(channel.name()).isEqualTo("wecom");
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheSendRepeated() throws Exception {
        emptyTokenCache();
        FAKE.scriptErrcodes(FakePlatform.WECOM_MESSAGE_SEND, 42001);
        channel.send(ZHANGSAN, OutboundMessage.text("请于周五前报送进展"));
        List<FakePlatform.Call> sends = FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND);
        assertThat(FAKE.calls(FakePlatform.WECOM_GETTOKEN)).hasSize(2);
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).query("access_token")).isNotEqualTo(sends.get(1).query("access_token"));
        assertThat(sends.get(1).body().path("text").path("content").asString()).isEqualTo("请于周五前报送进展");
        assertThat(FAKE.calls(FakePlatform.WECOM_GETTOKEN).get(0).query("corpsecret")).isEqualTo("test-secret");
    }

    @Test
    void aTokenRejectedTwiceIsNotRefreshedAgain() throws Exception {
        emptyTokenCache();
        FAKE.scriptErrcodes(FakePlatform.WECOM_MESSAGE_SEND, 40014, 40014);
        assertThatThrownBy(() -> channel.send(ZHANGSAN, OutboundMessage.text("x")))
                .isInstanceOf(DeliveryException.class);
        assertThat(FAKE.calls(FakePlatform.WECOM_GETTOKEN)).hasSize(2);
        assertThat(FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND)).hasSize(2);
        channel.send(ZHANGSAN, OutboundMessage.text("y")); // and clears the reported problem again
    }

    @Test
    void concurrentSendersShareOneGettoken() throws Exception {
        emptyTokenCache();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            jobs.add(() -> {
                channel.send(OutboundTarget.user("wecom", "u" + n), OutboundMessage.text("并发 " + n));
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(jobs)) {
            f.get();
        }
        pool.shutdown();
        assertThat(FAKE.calls(FakePlatform.WECOM_GETTOKEN)).hasSize(1);
        assertThat(FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND)).hasSize(8)
                .allMatch(c -> c.query("access_token").equals(FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND).get(0).query("access_token")));
    }

    @Test
    void markdownToAUserUsesTheMarkdownType() throws Exception {
        channel.send(ZHANGSAN, OutboundMessage.markdown("提醒", "**督办提醒**：请报送"));
        JsonNode body = FAKE.calls(FakePlatform.WECOM_MESSAGE_SEND).get(0).body();
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("content").asString()).isEqualTo("**督办提醒**：请报送");
    }

    @Test
    void robotTextCarriesMentionsAndMobiles() throws Exception {
        clock.advance(Duration.ofSeconds(61)); // a fresh rate-limit minute
        channel.send(OFFICE, new OutboundMessage("", "请按时报送进展", false, List.of("zhangsan"), List.of("13800001111"), true));
        FakePlatform.Call call = FAKE.calls(FakePlatform.WECOM_WEBHOOK).get(0);
        assertThat(call.query("key")).isEqualTo("office-key");
        JsonNode text = call.body().path("text");
        assertThat(call.body().path("msgtype").asString()).isEqualTo("text");
        assertThat(text.path("content").asString()).isEqualTo("请按时报送进展");
        assertThat(text.path("mentioned_list").toString()).isEqualTo("[\"zhangsan\",\"@all\"]");
        assertThat(text.path("mentioned_mobile_list").toString()).isEqualTo("[\"13800001111\"]");
    }

    @Test
    void robotMarkdownMentionsInline() throws Exception {
        clock.advance(Duration.ofSeconds(61));
        channel.send(OFFICE, OutboundMessage.markdown("通报", "## 本周通报\n完成率 **80%**").mentioning(List.of("lisi"), List.of()));
        JsonNode body = FAKE.calls(FakePlatform.WECOM_WEBHOOK).get(0).body();
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("content").asString()).isEqualTo("## 本周通报\n完成率 **80%**\n<@lisi>");
    }

    @Test
    void theTwentyFirstRobotMessageInAMinuteWaitsInTheOutbox() throws Exception {
        clock.advance(Duration.ofSeconds(61));
        for (int i = 1; i <= 21; i++) {
            outbox.enqueue("test:rate:" + clock.millis() + ":" + i, OFFICE, OutboundMessage.text("提醒 " + i));
        }
        dispatcher.dispatchDue(100);
        // the background dispatcher polls every 200 ms here: over four of its rounds it must not pass the limit either
        Waits.holdsFor(Duration.ofMillis(800), () -> FAKE.calls(FakePlatform.WECOM_WEBHOOK).size() == 20);
        assertThat(outbox.count(OutboxStatus.SENT)).isEqualTo(20);
        assertThat(outbox.count(OutboxStatus.PENDING)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        dispatcher.dispatchDue(100);
        assertThat(FAKE.calls(FakePlatform.WECOM_WEBHOOK)).hasSize(21);
        assertThat(FAKE.calls(FakePlatform.WECOM_WEBHOOK).get(20).body().path("text").path("content").asString()).isEqualTo("提醒 21");
        assertThat(outbox.count(OutboxStatus.SENT)).isEqualTo(21);
    }

    @Test
    void busyAndFrequencyLimitErrorsAreRetriedWithBackoff() throws Exception {
        clock.advance(Duration.ofSeconds(61));
        FAKE.scriptErrcodes(FakePlatform.WECOM_WEBHOOK, -1, 45009);
        channel.send(OFFICE, OutboundMessage.text("第一条"));
        assertThat(FAKE.calls(FakePlatform.WECOM_WEBHOOK)).hasSize(3);

        FAKE.scriptErrcodes(FakePlatform.WECOM_WEBHOOK, -1, -1, -1);
        assertThatThrownBy(() -> channel.send(OFFICE, OutboundMessage.text("第二条")))
                .isInstanceOfSatisfying(DeliveryException.class, e ->
                        assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT));
        assertThat(FAKE.calls(FakePlatform.WECOM_WEBHOOK)).hasSize(6);
    }

    @Test
    void aLongRobotMessageIsSplitAndMentionsGoWithTheFirstPart() throws Exception {
        clock.advance(Duration.ofSeconds(61));
        channel.send(OFFICE, OutboundMessage.text(WeComTestConfig.LONG).mentioning(List.of("zhangsan"), List.of()));
        List<FakePlatform.Call> calls = FAKE.calls(FakePlatform.WECOM_WEBHOOK);
        List<String> parts = calls.stream().map(c -> c.body().path("text").path("content").asString()).toList();
        assertThat(parts).isEqualTo(Utf8Splitter.split(WeComTestConfig.LONG, 2048)).hasSizeGreaterThan(2);
        Utf8SplitterTest.assertValid(parts, 2048);
        assertThat(calls.get(0).body().path("text").path("mentioned_list").toString()).isEqualTo("[\"zhangsan\"]");
        assertThat(calls.get(1).body().path("text").has("mentioned_list")).isFalse();
    }

    @Test
    void aDeletedRobotIsLoggedOnceWithItsNameAndShownInHealth(CapturedOutput output) throws Exception {
        OutboundTarget broken = OutboundTarget.robot("wecom", "broken");
        outbox.enqueue("test:broken:1:" + clock.millis(), broken, OutboundMessage.text("一"));
        outbox.enqueue("test:broken:2:" + clock.millis(), broken, OutboundMessage.text("二"));
        dispatcher.dispatchDue(10);
        clock.advance(Duration.ofMinutes(5)); // past the configuration backoff: both are tried again
        dispatcher.dispatchDue(10);
        assertThat(FAKE.calls(FakePlatform.WECOM_WEBHOOK)).hasSize(4);
        assertThat(outbox.count(OutboxStatus.PENDING)).isEqualTo(2); // kept, not dropped
        assertThat(output.getAll().split("企业微信「群机器人 broken」配置有误", -1)).hasSize(2); // logged once
        assertThat(output.getAll()).contains("93000").doesNotContain("bad-key");

        String health = get("/actuator/health").body();
        JsonNode wecom = JsonMapper.builder().build().readTree(health).path("components").path("wecom");
        assertThat(wecom.path("status").asString()).isEqualTo("UP");
        assertThat(wecom.path("details").path("problems").path("群机器人 broken").asString()).contains("93000");
        assertThat(wecom.path("details").path("robots").toString()).contains("office", "broken");
        assertThat(health).doesNotContain("bad-key").doesNotContain("office-key").doesNotContain("test-secret");
    }

    @Test
    void anUnknownRobotIsAConfigurationProblem() {
        assertThatThrownBy(() -> channel.send(OutboundTarget.robot("wecom", "nobody"), OutboundMessage.text("x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.CONFIGURATION);
                    assertThat(e.getMessage()).contains("bot.wecom.robots.nobody.key");
                });
        assertThat(FAKE.calls()).isEmpty();
    }

    private void emptyTokenCache() throws WeComApiException {
        tokens.invalidate(tokens.get());
        FAKE.reset();
    }

    @Test
    void aSplitPushResumesAtTheFailedPartEvenAfterARestart() throws Exception {
        clock.advance(Duration.ofSeconds(61)); // a fresh rate-limit minute
        List<String> parts = Utf8Splitter.split(WeComTestConfig.LONG, RobotClient.TEXT_BYTES);
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        FAKE.scriptErrcodes(FakePlatform.WECOM_WEBHOOK, 0, 93000); // the first part goes out, the second is refused
        assertThatThrownBy(() -> channel.send(OFFICE, OutboundMessage.text(WeComTestConfig.LONG)))
                .isInstanceOf(DeliveryException.class);

        // a new channel instance stands in for the restarted service: nothing of the first one's memory is left
        var restarted = new WeComChannel(appClient, robots, chatUrls, responseUrls, problems, resumePoints);
        restarted.send(OFFICE, OutboundMessage.text(WeComTestConfig.LONG));

        List<String> sent = FAKE.calls(FakePlatform.WECOM_WEBHOOK).stream()
                .map(c -> c.body().path("text").path("content").asString()).toList();
        List<String> expected = new ArrayList<>(List.of(parts.get(0), parts.get(1))); // the refused attempt
        expected.addAll(parts.subList(1, parts.size()));
        assertThat(sent).containsExactlyElementsOf(expected);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_resume").query(Long.class).single()).isZero();

        channel.send(OFFICE, OutboundMessage.text(WeComTestConfig.LONG)); // the same text again later: all of it
        assertThat(FAKE.calls(FakePlatform.WECOM_WEBHOOK)).hasSize(expected.size() + parts.size());
    }
}
