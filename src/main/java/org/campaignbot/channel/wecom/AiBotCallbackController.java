package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /wecom/aibot/callback}: the intelligent robot's API-mode URL. Same signature and encryption as the app,
 * with receive id "" and JSON instead of XML: the body is {@code {"encrypt":…}} and so is the reply, with
 * msgsignature, timestamp and the request's nonce.
 */
@RestController
@Conditional(WeComConditions.AiBot.class)
class AiBotCallbackController {
    private final WeComCodec codec;
    private final AiBotReplyService replies;
    private final JsonMapper json;
    private final Clock clock;

    AiBotCallbackController(WeComProperties properties, AiBotReplyService replies, JsonMapper json, Clock clock) {
        this.codec = new WeComCodec(properties.aibot().token(), properties.aibot().encodingAesKey(), "", clock,
                properties.maxClockSkew());
        this.replies = replies;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(value = "/wecom/aibot/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<byte[]> verify(HttpServletRequest request) {
        String plain = codec.verify(CallbackRequest.of(request, false));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(plain.getBytes(UTF_8));
    }

    @PostMapping("/wecom/aibot/callback")
    ResponseEntity<byte[]> receive(HttpServletRequest request) {
        CallbackRequest r = CallbackRequest.of(request, true);
        String nonce = r.param("nonce");
        String plain = codec.open(r.param("msg_signature"), r.param("timestamp"), nonce,
                readJson(r.body()).path("encrypt").asString(null));
        AiBotMessage message = AiBotMessage.from(readJson(plain.getBytes(UTF_8)));
        return replies.handle(message)
                .map(reply -> {
                    long now = clock.millis() / 1000;
                    WeComCodec.Sealed sealed = codec.seal(json.writeValueAsString(reply), Long.toString(now), nonce);
                    ObjectNode envelope = json.createObjectNode()
                            .put("encrypt", sealed.encrypt())
                            .put("msgsignature", sealed.signature())
                            .put("timestamp", now)
                            .put("nonce", sealed.nonce());
                    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(envelope));
                })
                .orElseGet(() -> ResponseEntity.ok().body(new byte[0]));
    }

    private JsonNode readJson(byte[] bytes) {
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw CallbackRefusal.badRequest("JSON 格式错误：应为对象");
            }
            return node;
        } catch (JacksonException e) {
            throw CallbackRefusal.badRequest("JSON 格式错误");
        }
    }
}
