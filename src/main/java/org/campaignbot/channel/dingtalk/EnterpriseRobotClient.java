package org.campaignbot.channel.dingtalk;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.campaignbot.channel.DeliveryException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes through the app's own robot on api.dingtalk.com: to a group by openConversationId
 * ({@code /v1.0/robot/groupMessages/send}) or to one person by staff id ({@code /v1.0/robot/oToMessages/batchSend}).
 * Unlike custom robots this API cannot @-mention, so mentions stay as "@id" text only. Failures come as HTTP
 * status + {@code code}; an expired token is renewed and the send tried once more.
 */
public class EnterpriseRobotClient {
    private final String apiBaseUrl;
    private final String robotCode;
    private final AppTokenCache tokens;
    private final OkHttpClient http;
    private final JsonMapper json;
    private final DingTalkHealth health;

    public EnterpriseRobotClient(DingTalkProperties properties, AppTokenCache tokens, OkHttpClient http,
                                 JsonMapper json, DingTalkHealth health) {
        this.apiBaseUrl = properties.apiBaseUrl();
        this.robotCode = properties.robotCode();
        this.tokens = tokens;
        this.http = http;
        this.json = json;
        this.health = health;
    }

    public void sendToGroup(String openConversationId, RobotMessage message) throws DeliveryException {
        Map<String, Object> body = base(message);
        body.put("openConversationId", openConversationId);
        call("/v1.0/robot/groupMessages/send", body);
    }

    public void sendToUser(String staffId, RobotMessage message) throws DeliveryException {
        Map<String, Object> body = base(message);
        body.put("userIds", List.of(staffId));
        JsonNode answer = call("/v1.0/robot/oToMessages/batchSend", body);
        if (!answer.path("invalidStaffIdList").isEmpty()) {
            throw DeliveryException.configuration("钉钉用户 " + staffId + " 不存在或不在应用可见范围内");
        }
        if (!answer.path("flowControlledStaffIdList").isEmpty()) {
            throw DeliveryException.transientFailure("钉钉对用户 " + staffId + " 限流，稍后重试");
        }
    }

    private Map<String, Object> base(RobotMessage message) throws DeliveryException {
        if (robotCode == null) {
            throw DeliveryException.configuration("bot.dingtalk.robot-code 未设置：向群或个人推送需要应用机器人的 RobotCode");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("robotCode", robotCode);
        body.put("msgKey", message.msgKey());
        body.put("msgParam", json.writeValueAsString(message.msgParam())); // a JSON string inside JSON, as the API wants
        return body;
    }

    private JsonNode call(String path, Map<String, Object> body) throws DeliveryException {
        try {
            try {
                return callOnce(path, body);
            } catch (ExpiredToken e) {
                tokens.invalidate();
                return callOnce(path, body);
            }
        } catch (ExpiredToken e) {
            throw report(DeliveryException.configuration("钉钉拒绝了 access token：请检查应用凭证和接口权限"));
        } catch (DeliveryException e) {
            throw e.kind() == DeliveryException.Kind.CONFIGURATION ? report(e) : e;
        }
    }

    private JsonNode callOnce(String path, Map<String, Object> body) throws DeliveryException, ExpiredToken {
        Request request = new Request.Builder().url(apiBaseUrl + path)
                .header("x-acs-dingtalk-access-token", tokens.token())
                .post(RequestBody.create(json.writeValueAsString(body), RobotWebhookPoster.JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            JsonNode answer = readTree(response.body().string());
            String code = answer.path("code").asString("");
            if (response.code() == 401 || code.startsWith("InvalidAuthentication")) {
                throw new ExpiredToken();
            }
            if (response.code() >= 500 || response.code() == 429 || code.contains("Throttling")) {
                throw DeliveryException.transientFailure("钉钉繁忙（HTTP " + response.code() + " " + code + "），稍后重试");
            }
            if (!response.isSuccessful()) {
                throw DeliveryException.configuration("钉钉拒绝了推送（HTTP " + response.code() + " " + code + "："
                        + answer.path("message").asString("") + "）");
            }
            health.ok("app");
            return answer;
        } catch (IOException e) {
            throw DeliveryException.transientFailure("连接钉钉失败：" + e.getClass().getSimpleName());
        }
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text.isEmpty() ? "{}" : text);
        } catch (JacksonException e) {
            return json.createObjectNode();
        }
    }

    private DeliveryException report(DeliveryException e) {
        health.problem("app", e.getMessage());
        return e;
    }

    /** Signals a renewable token, kept apart from real failures. */
    private static final class ExpiredToken extends Exception {
        ExpiredToken() {
            super(null, null, false, false);
        }
    }
}
