package org.campaignbot.channel.dingtalk;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.channel.inbound.Pipelines;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.MutableClock;
import org.campaignbot.testing.TestClock;
import org.campaignbot.testing.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running app on a random port, with a DingTalk app and two custom robots configured and every DingTalk host
 * pointed at one {@link FakePlatform}. Subclasses share this one Spring context (same settings), so each test uses
 * its own message ids, sessions and robots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.knowledge.watch-interval=500ms",
        "bot.outbox.poll-interval=1h", // tests dispatch the outbox themselves
        "bot.dingtalk.app-key=ding-test-app", "bot.dingtalk.app-secret=" + DingTalkAppTestBase.APP_SECRET,
        "bot.dingtalk.robot-code=ding-test-robot",
        "bot.dingtalk.robots.office.access-token=tok-office",
        "bot.dingtalk.robots.office.secret=" + DingTalkAppTestBase.OFFICE_SECRET,
        "bot.dingtalk.robots.burst.access-token=tok-burst",
        "bot.dingtalk.robots.burst.secret=SECburst0123456789",
        "bot.dingtalk.robots.miscopied.access-token=tok-miscopied",
        "bot.dingtalk.robots.miscopied.secret=SECthisIsNotWhatDingTalkHas",
        "bot.admin.password=dingtalk-tests-admin"}) // the console is on: callbacks must not need its login
@Import(TestClock.class)
abstract class DingTalkAppTestBase {
    static final String APP_SECRET = "Ab3+/cd=app-secret-for-tests";
    static final String OFFICE_SECRET = "SECoffice+/=0123456789abcdef";
    static final FakePlatform FAKE = new FakePlatform();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        FAKE.robot("tok-office", OFFICE_SECRET);
        FAKE.robot("tok-burst", "SECburst0123456789");
        FAKE.robot("tok-miscopied", "SECwhatDingTalkReallyHas");
    }

    @DynamicPropertySource
    static void fakeDingTalk(DynamicPropertyRegistry registry) {
        registry.add("bot.dingtalk.oapi-base-url", FAKE::baseUrl);
        registry.add("bot.dingtalk.api-base-url", FAKE::baseUrl);
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext app;

    /** A DingTalk pipeline of its own (its own answer threads, closed with it) on the app's database and core. */
    DingTalkReplyPipeline pipeline(SlidingWindowRateLimiter limiter, int threads) {
        return pipeline(limiter, threads, Duration.ofSeconds(5));
    }

    DingTalkReplyPipeline pipeline(SlidingWindowRateLimiter limiter, int threads, Duration drain) {
        return pipeline(limiter, threads, drain, 2000);
    }

    DingTalkReplyPipeline pipeline(SlidingWindowRateLimiter limiter, int threads, Duration drain, int queue) {
        return new DingTalkReplyPipeline(Pipelines.of(app, threads, queue, drain), true,
                app.getBean(SessionWebhookSender.class), limiter, JSON, clock);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A robot message body as DingTalk posts it (fields from the receive-message doc). */
    Map<String, Object> message(String msgId, boolean group, String staffId, String text, String session) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("msgtype", "text");
        m.put("text", Map.of("content", text));
        m.put("msgId", msgId);
        m.put("createAt", clock.millis());
        m.put("conversationType", group ? "2" : "1");
        m.put("conversationId", group ? "cid-group-" + session : "cid-single-" + session);
        m.put("conversationTitle", group ? "三抓三促工作群" : null);
        m.put("senderId", "$:LWCP_v1:$sender-" + staffId);
        m.put("senderNick", "张三");
        m.put("senderStaffId", staffId);
        m.put("senderCorpId", "ding-corp");
        m.put("chatbotUserId", "$:LWCP_v1:$bot");
        m.put("isAdmin", false);
        m.put("isInAtList", group);
        m.put("sessionWebhook", FAKE.sessionWebhook(session));
        m.put("sessionWebhookExpiredTime", clock.millis() + 5_400_000);
        return m;
    }

    /** Signed as DingTalk signs each delivery: with its own timestamp (the clock moves on a millisecond). */
    HttpResponse<String> postSigned(Object body) throws IOException, InterruptedException {
        clock.advance(java.time.Duration.ofMillis(1));
        String timestamp = Long.toString(clock.millis());
        return post(body instanceof String s ? s : JSON.writeValueAsString(body), timestamp,
                DingTalkSigner.sign(timestamp, APP_SECRET));
    }

    HttpResponse<String> post(String body, String timestamp, String sign) throws IOException, InterruptedException {
        List<String> headers = new ArrayList<>();
        if (timestamp != null) {
            headers.addAll(List.of("timestamp", timestamp));
        }
        if (sign != null) {
            headers.addAll(List.of("sign", sign));
        }
        return http().post("/dingtalk/callback", "application/json; charset=utf-8", body, headers.toArray(String[]::new));
    }

    TestHttp http() {
        return TestHttp.to(port);
    }

    static JsonNode json(FakePlatform.Call request) {
        return request.body();
    }
}
