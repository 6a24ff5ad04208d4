package org.campaignbot.channel.dingtalk;


import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.channel.inbound.BodyLimit;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.common.ErrorBody;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /dingtalk/callback}: the enterprise robot's HTTP (outgoing) mode. Checks size ({@link BodyLimit}), then DingTalk's
 * signature and timestamp, then the body; hands the message to the pipeline and acknowledges at once. The answer
 * goes out later through the sessionWebhook, so slow answers never make DingTalk time out.
 *
 * <p>The sign covers only the timestamp and DingTalk's rule keeps it valid for an hour either side, so a captured
 * callback could be replayed for up to an hour with any body. A (timestamp, sign) pair is therefore accepted once:
 * the pair is recorded for longer than it can verify ({@link MessageDeduplicator#WINDOW}).
 */
@RestController
@Conditional(DingTalkConfig.AppConfigured.class) // scanned as a controller, so it carries the app condition itself
public class DingTalkCallbackController {
    static final Duration MAX_SKEW = Duration.ofHours(1);
    /**
     * The acknowledgement. The answer always goes through the sessionWebhook; {"msgtype":"empty"} is the outgoing-
     * robot convention for "no message in this response" (whether DingTalk still reads the body is unconfirmed).
     */
    private static final Map<String, String> ACK = Map.of("msgtype", "empty");

    private final String appSecret;
    private final DingTalkMessageParser parser;
    private final DingTalkReplyPipeline pipeline;
    private final MessageDeduplicator seen;
    private final Clock clock;

    public DingTalkCallbackController(DingTalkProperties properties, JsonMapper json, DingTalkReplyPipeline pipeline,
                                      MessageDeduplicator seen, Clock clock) {
        this.appSecret = properties.appSecret();
        this.parser = new DingTalkMessageParser(json);
        this.pipeline = pipeline;
        this.seen = seen;
        this.clock = clock;
    }

    @PostMapping("/dingtalk/callback")
    public ResponseEntity<?> callback(@RequestHeader(value = "timestamp", required = false) String timestamp,
                                                        @RequestHeader(value = "sign", required = false) String sign,
                                                        HttpServletRequest request) {
        byte[] body = BodyLimit.read(request, BadRequestException::new);
        if (!DingTalkSigner.verify(timestamp, sign, appSecret)) {
            return ErrorBody.response(HttpStatus.UNAUTHORIZED, "签名校验失败：请求头 timestamp/sign 缺失或与 AppSecret 不符");
        }
        if (!fresh(timestamp)) {
            return ErrorBody.response(HttpStatus.FORBIDDEN, "请求时间戳与服务器时间相差超过 1 小时，已拒绝（请检查服务器时钟）");
        }
        String pair = "dingtalk:sign:" + timestamp.strip() + ":" + sign;
        if (!seen.firstSeen(pair)) {
            return ErrorBody.response(HttpStatus.FORBIDDEN, "该请求签名已经用过，已拒绝（重放的请求）");
        }
        try {
            pipeline.accept(parser.parse(body));
        } catch (DingTalkReplyPipeline.Unavailable e) { // not taken: a 503 asks DingTalk to deliver it again
            seen.forget(pair); // ... and the redelivery may carry the same headers
            return ErrorBody.response(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
        return ResponseEntity.ok(ACK);
    }

    private boolean fresh(String timestamp) {
        try {
            return Math.abs(clock.millis() - Long.parseLong(timestamp.strip())) <= MAX_SKEW.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
