package org.campaignbot.supervision;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.campaignbot.channel.Channel;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.TargetKind;
import org.campaignbot.testing.FakePlatform;

/**
 * A test stand-in for the real WeCom / DingTalk channels (built elsewhere): it speaks the platforms' robot JSON to
 * {@link FakePlatform} and keeps the real 20-a-minute limit per robot, so the outbox is exercised end to end.
 */
public class TestRobotChannel implements Channel {
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private final String name;
    private final String baseUrl;
    private final Clock clock;
    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
    private volatile SlidingWindowRateLimiter limiter;
    /** When set, the next send "kills the process": an Error that nothing in the dispatcher catches. */
    volatile boolean dieOnNextSend;

    public TestRobotChannel(String name, String baseUrl, Clock clock) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.clock = clock;
        reset();
    }

    public void reset() {
        limiter = new SlidingWindowRateLimiter(20, Duration.ofMinutes(1), clock);
        dieOnNextSend = false;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void send(OutboundTarget target, OutboundMessage message) throws DeliveryException {
        if (dieOnNextSend) {
            dieOnNextSend = false;
            throw new ProcessKilled();
        }
        if (target.kind().equals(TargetKind.ROBOT)) {
            Duration wait = limiter.tryAcquire(target.id());
            if (!wait.isZero()) {
                throw DeliveryException.later(wait);
            }
        }
        post(url(target), name.equals("wecom") ? wecomBody(target, message) : dingtalkBody(message));
    }

    private String url(OutboundTarget target) {
        if (name.equals("wecom")) {
            return target.kind().equals(TargetKind.USER) ? baseUrl + "/cgi-bin/message/send?access_token=test-token"
                    : baseUrl + "/cgi-bin/webhook/send?key=test-key-" + target.id();
        }
        return baseUrl + "/robot/send?access_token=test-token-" + target.id();
    }

    private static Map<String, Object> wecomBody(OutboundTarget target, OutboundMessage m) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (target.kind().equals(TargetKind.USER)) {
            body.put("touser", target.id());
            body.put("agentid", 1000002);
        }
        if (m.markdown()) {
            body.put("msgtype", "markdown");
            body.put("markdown", Map.of("content", m.text()));
        } else {
            body.put("msgtype", "text");
            body.put("text", Map.of("content", m.text(), "mentioned_list", m.mentionUserIds(),
                    "mentioned_mobile_list", m.mentionMobiles()));
        }
        return body;
    }

    private static Map<String, Object> dingtalkBody(OutboundMessage m) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> at = Map.of("atUserIds", m.mentionUserIds(), "atMobiles", m.mentionMobiles(), "isAtAll", m.mentionAll());
        if (m.markdown()) {
            body.put("msgtype", "markdown");
            body.put("markdown", Map.of("title", m.title(), "text", m.text()));
        } else {
            body.put("msgtype", "text");
            body.put("text", Map.of("content", m.text()));
        }
        body.put("at", at);
        return body;
    }

    private void post(String url, Map<String, Object> body) throws DeliveryException {
        var request = new Request.Builder().url(url).post(RequestBody.create(FakePlatform.JSON.writeValueAsString(body), JSON_TYPE)).build();
        try (var response = http.newCall(request).execute()) {
            var reply = FakePlatform.JSON.readTree(response.body().string());
            int errcode = reply.path("errcode").asInt(-1);
            if (!response.isSuccessful() || errcode != 0) {
                throw DeliveryException.transientFailure("errcode " + errcode);
            }
        } catch (IOException e) {
            throw DeliveryException.transientFailure(e.getMessage());
        }
    }

    /** Stands for the process dying mid-send. */
    static class ProcessKilled extends Error {
    }
}
