package org.campaignbot.channel.dingtalk;

import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.campaignbot.channel.DeliveryException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs a robot message to an oapi webhook (custom robot or sessionWebhook) and turns DingTalk's answer into
 * success or a classified {@link DeliveryException}. DingTalk answers HTTP 200 even on failure, so the errcode in the
 * body decides. Error texts name no URL: the URL holds the robot's access token or the session key.
 */
public class RobotWebhookPoster {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** sign not match / invalid timestamp: a wrong secret, a sign sent to a keyword-only robot, or a skewed clock */
    static final int SIGN_FAILED = 310000;

    private final OkHttpClient http;
    private final JsonMapper json;

    public RobotWebhookPoster(OkHttpClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public void post(HttpUrl url, Map<String, Object> body) throws DeliveryException {
        Request request = new Request.Builder().url(url)
                .post(RequestBody.create(json.writeValueAsString(body), JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (response.code() >= 500 || response.code() == 429) {
                throw DeliveryException.transientFailure("钉钉服务器暂时不可用（HTTP " + response.code() + "）");
            }
            if (!response.isSuccessful()) {
                throw DeliveryException.configuration("钉钉拒绝了请求（HTTP " + response.code() + "）");
            }
            check(text);
        } catch (IOException e) {
            throw DeliveryException.transientFailure("连接钉钉失败：" + e.getClass().getSimpleName());
        }
    }

    private void check(String text) throws DeliveryException {
        JsonNode answer;
        try {
            answer = json.readTree(text);
        } catch (JacksonException e) {
            throw DeliveryException.transientFailure("钉钉返回了无法识别的内容");
        }
        int errcode = answer.path("errcode").asInt(0);
        String errmsg = answer.path("errmsg").asString("");
        switch (errcode) {
            case 0 -> { }
            case SIGN_FAILED -> throw DeliveryException.configuration("签名校验失败（errcode 310000：" + errmsg
                    + "）。请检查：secret 是否完整复制（以 SEC 开头）、机器人安全设置是否选了“加签”、"
                    + "服务器时间是否准确（与钉钉相差不能超过 1 小时）");
            case -1, 130101, 410100 -> throw DeliveryException.transientFailure(
                    "钉钉繁忙或发送过快（errcode " + errcode + "：" + errmsg + "），稍后重试");
            case 300001 -> throw DeliveryException.configuration("access_token 无效（errcode 300001），"
                    + "请重新复制机器人 Webhook 地址中的 access_token");
            default -> throw DeliveryException.configuration("钉钉返回错误 errcode " + errcode + "：" + errmsg);
        }
    }
}
