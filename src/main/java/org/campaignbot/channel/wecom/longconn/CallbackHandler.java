package org.campaignbot.channel.wecom.longconn;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import okhttp3.WebSocket;
import org.campaignbot.channel.wecom.AiBotAnswers;
import org.campaignbot.channel.inbound.ConnectionHealth.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What WeCom pushes over the long connection: questions ({@code aibot_msg_callback}) go to the robot's answering
 * path and are answered with the callback's req_id; events ({@code aibot_event_callback}) get the welcome text or,
 * for {@code disconnected_event}, stop the connection. There is no separate acknowledgement of a callback in this
 * protocol: the reply frame is the answer, and a question taken once is not delivered again.
 */
class CallbackHandler {
    private static final Logger log = LoggerFactory.getLogger(CallbackHandler.class);

    /** The socket a callback came on: its req_id is only good there. */
    record Session(WebSocket socket, String reqId, LongConnectionClient client) {
    }

    private final AiBotAnswers answers;
    private final LongConnectionHealth health;
    private final JsonMapper json;
    private final Duration placeholderAfter;

    CallbackHandler(AiBotAnswers answers, LongConnectionHealth health, JsonMapper json, Duration placeholderAfter) {
        this.answers = answers;
        this.health = health;
        this.json = json;
        this.placeholderAfter = placeholderAfter;
    }

    void handle(String cmd, JsonNode frame, Session session) {
        JsonNode body = frame.path("body");
        if (session.reqId().isEmpty() || !body.isObject()) {
            health.ignored(cmd + " 缺少 headers.req_id 或 body");
            return;
        }
        try {
            switch (cmd) {
                case Protocol.MESSAGE -> message(body, session);
                case Protocol.EVENT -> event(body, session);
                default -> health.ignored("未知命令 " + cmd);
            }
        } catch (AiBotAnswers.Unreadable e) {
            health.ignored(cmd + "：" + e.getMessage());
        }
    }

    private void message(JsonNode body, Session session) {
        Optional<AiBotAnswers.Taken> answer = answers.answerOnce(body);
        health.message();
        if (answer.isEmpty()) {
            health.duplicates.incrementAndGet(); // delivered again (or also through the callback): answered once
            log.info("企业微信长连接收到重复消息 {}，已忽略", body.path("msgid").asString(""));
            return;
        }
        reply(answer.get(), session);
    }

    /**
     * A quick answer goes out in one finished frame. A slow one (an LLM) first shows the "please wait" placeholder,
     * so the asker sees at once that the robot heard, then replaces it with the answer in the same stream once the
     * placeholder's ack is back: frames on one req_id cannot be told apart by their acks, so they go one at a time.
     * Once the answer frame is out the inbox forgets the question; if it never goes out (the socket closed, the
     * service stopped) the inbox answers it later with a proactive message.
     */
    private void reply(AiBotAnswers.Taken taken, Session session) {
        String streamId = Protocol.newStreamId();
        CompletableFuture<String> answer = taken.text();
        answer.copy().completeOnTimeout(null, placeholderAfter.toMillis(), TimeUnit.MILLISECONDS).thenAccept(quick -> {
            if (quick != null || !Protocol.REPLY_AS_STREAM) {
                answer.thenAccept(text -> answered(taken, session, Protocol.reply(json, session.reqId(), streamId, text)));
                return;
            }
            ObjectNode placeholder = Protocol.stream(json, session.reqId(), streamId, false, AiBotAnswers.THINKING);
            session.client().sendAndAwaitAck(session.socket(), session.reqId(), json.writeValueAsString(placeholder))
                    .thenCompose(ack -> answer)
                    .thenAccept(text -> answered(taken, session, Protocol.reply(json, session.reqId(), streamId, text)));
        });
    }

    private void answered(AiBotAnswers.Taken taken, Session session, ObjectNode frame) {
        if (send(session, frame)) {
            answers.delivered(taken.key());
        }
    }

    private void event(JsonNode body, Session session) {
        String type = body.path("event").path("eventtype").asString("");
        switch (type) {
            case Protocol.ENTER_CHAT -> send(session, Protocol.welcome(json, session.reqId(), answers.welcome(body)));
            case Protocol.DISCONNECTED -> session.client().halt(session.socket(), State.REPLACED,
                    "另一个程序用同一个 BotID 建立了长连接，本连接被顶替。为免两边互相顶替，本服务不再重连："
                            + "请停掉另一个（或本）实例后重启本服务");
            default -> log.debug("企业微信长连接事件 {} 无需处理", type);
        }
    }

    private boolean send(Session session, ObjectNode frame) {
        if (!session.socket().send(json.writeValueAsString(frame))) {
            // the socket closed while the answer was being prepared; its req_id dies with it (UNCONFIRMED, §3)
            log.warn("企业微信长连接已断开，答复 {} 未能送达，稍后补发", session.reqId());
            health.error("连接断开，答复 " + session.reqId() + " 未能送达，稍后补发");
            return false;
        }
        return true;
    }
}
