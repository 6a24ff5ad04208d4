package org.campaignbot.channel.web;

import java.util.List;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.common.ErrorBody;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.message.Citation;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/chat}: the local channel, with no platform behind it (the chat page, scripts, checks). It shares
 * the answer queue of every other door ({@link InboundPipeline#ask}), so a flood here cannot starve WeCom and
 * DingTalk, and a full queue is a 503. No inbox: nothing identifies a web question, and its answer is the response.
 */
@RestController
public class ChatController {
    static final int MAX_TEXT = IncomingMessage.MAX_TEXT;
    /** Browser-chosen ids and names; longer ones would not fit the quiz and ledger tables (VARCHAR 200). */
    static final int MAX_ID = 64;
    private final InboundPipeline pipeline;

    public ChatController(InboundPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public record ChatRequest(String conversationId, String userId, String userName, String text) {
    }

    public record ChatResponse(String reply, List<Citation> citations) {
    }

    @PostMapping("/api/chat")
    public ResponseEntity<?> chat(@RequestBody(required = false) ChatRequest request) throws InterruptedException {
        if (request == null) {
            throw new BadRequestException("请求体不能为空，格式：{\"conversationId\":\"c1\",\"userId\":\"u1\",\"userName\":\"张三\",\"text\":\"问题\"}");
        }
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            throw new BadRequestException("text 不能为空：请输入问题");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new BadRequestException("text 过长：最多 " + MAX_TEXT + " 个字");
        }
        checkLength("conversationId", request.conversationId());
        checkLength("userId", request.userId());
        checkLength("userName", request.userName());
        // a browser-scoped id: enough to keep one person's quiz apart from another's, never an identity (see
        // IncomingMessage.platformIdentity), so typing a colleague's account or mobile here lets you act as nobody
        String userId = blankToDefault(request.userId(), "web-user");
        String conversationId = blankToDefault(request.conversationId(), userId);
        var message = new IncomingMessage("web", conversationId, userId, request.userName(), text, false, false);
        Reply reply;
        try {
            reply = pipeline.ask(message);
        } catch (InboundPipeline.Busy e) {
            return ErrorBody.response(HttpStatus.SERVICE_UNAVAILABLE, "现在提问的人较多，请稍后再问");
        }
        return ResponseEntity.ok(new ChatResponse(reply.text(), reply.citations()));
    }

    private static void checkLength(String field, String value) {
        if (value != null && value.strip().length() > MAX_ID) {
            throw new BadRequestException(field + " 过长：最多 " + MAX_ID + " 个字符");
        }
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
