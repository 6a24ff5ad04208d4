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

/**
 * {@code /wecom/callback}: the self-built app's “接收消息” URL. GET answers WeCom's URL verification with the
 * decrypted echostr alone; POST verifies, decrypts, answers (passively when quick) and always replies within the
 * window. Refusals come from {@link CallbackRefusal} via {@link CallbackErrors}.
 */
@RestController
@Conditional(WeComConditions.AppCallback.class)
class AppCallbackController {
    private static final MediaType XML = new MediaType("application", "xml", UTF_8);
    private final WeComCodec codec;
    private final AppReplyService replies;
    private final Clock clock;
    private final String corpId;

    AppCallbackController(WeComProperties properties, AppReplyService replies, Clock clock) {
        this.codec = new WeComCodec(properties.token(), properties.encodingAesKey(), properties.corpId(), clock,
                properties.maxClockSkew());
        this.replies = replies;
        this.clock = clock;
        this.corpId = properties.corpId();
    }

    @GetMapping(value = "/wecom/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<byte[]> verify(HttpServletRequest request) {
        String plain = codec.verify(CallbackRequest.of(request, false));
        // Bytes, not a String: no converter may add quotes, a BOM or a newline, and WeCom wants the plaintext alone.
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(plain.getBytes(UTF_8));
    }

    @PostMapping("/wecom/callback")
    ResponseEntity<byte[]> receive(HttpServletRequest request) {
        CallbackRequest r = CallbackRequest.of(request, true);
        String nonce = r.param("nonce");
        String inner = codec.open(r.param("msg_signature"), r.param("timestamp"), nonce,
                SafeXml.parseFlat(r.body()).get("Encrypt"));
        AppMessage message = AppMessage.from(SafeXml.parseFlat(inner.getBytes(UTF_8)));
        return replies.handle(message)
                .map(text -> {
                    long now = clock.millis() / 1000;
                    String xml = AppXmlWriter.textMessage(message.fromUser(), corpId, now, text);
                    String envelope = AppXmlWriter.envelope(codec.seal(xml, Long.toString(now), nonce));
                    return ResponseEntity.ok().contentType(XML).body(envelope.getBytes(UTF_8));
                })
                .orElseGet(() -> ResponseEntity.ok().body(new byte[0])); // empty 200: received, answer follows
    }
}
