package org.campaignbot.channel.wecom.longconn;

import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The frames of WeCom's intelligent-robot long connection, as described in
 * {@code shared/reference/wecom-aibot-long-connection.md} (the official page could not be read in full). Every frame
 * is a JSON text frame {@code {cmd, headers:{req_id}, body}}; responses have no cmd and echo the req_id.
 *
 * <p>Points the reference marks UNCONFIRMED or CONFLICTING are the constants in the "hypotheses" block below, each
 * with its reference section, so that a correction from a live test is a one-line change here.
 */
final class Protocol {
    private Protocol() {
    }

    static final String DEFAULT_URL = "wss://openws.work.weixin.qq.com"; // §1, CONFIRMED

    static final String SUBSCRIBE = "aibot_subscribe";
    static final String PING = "ping";
    static final String MESSAGE = "aibot_msg_callback";
    static final String EVENT = "aibot_event_callback";
    static final String RESPOND = "aibot_respond_msg";
    static final String RESPOND_WELCOME = "aibot_respond_welcome_msg";
    static final String SEND = "aibot_send_msg";

    static final String ENTER_CHAT = "enter_chat";
    /** Another connection subscribed with the same BotID and took over (§3): stop, never reconnect (they would kick each other). */
    static final String DISCONNECTED = "disconnected_event";

    static final int OK = 0;
    /** Wrong BotID or Secret, or the robot is not in long-connection mode (§1.2, §11): retrying cannot help. */
    static final int AUTH_FAILED = 853000;

    /** How long we wait for the ack of a frame before sending the next one on its req_id (official SDK: 5 s, §4). */
    static final long ACK_TIMEOUT_MILLIS = 5000;

    // ---- hypotheses: UNCONFIRMED or CONFLICTING in the reference ------------------------------------------------

    /**
     * CONFLICTING (§7.1): every official and independent client answers with {@code msgtype: stream}; one (S9) says
     * some mobile clients reject stream with 600039 and switched to markdown. We send stream; set false to send
     * {@code markdown} on the same command instead.
     */
    static final boolean REPLY_AS_STREAM = true;

    /**
     * UNCONFIRMED (§3, §11, S9 only): 846609 "aibot websocket not subscribed" on an open socket means the
     * subscription is gone; we treat it like a dropped connection and subscribe again on a new one.
     */
    static final Set<Integer> RESUBSCRIBE_ERRORS = Set.of(846609);

    /**
     * UNCONFIRMED (§1.1, S9 only): a {@code device_id} in the subscribe body to avoid a "zombie" session after
     * reconnecting. Not sent: the official SDK does not send it.
     */
    static final boolean SEND_DEVICE_ID = false;

    /**
     * UNCONFIRMED (§6 "24 小时内可回复", S3 only): how long after a question a proactive message may still answer it. We
     * use one hour, the callback's response_url lifetime, so both WeCom doors give up on an old question alike.
     */
    static final java.time.Duration PUSH_WINDOW = java.time.Duration.ofHours(1);

    // ---- frames ------------------------------------------------------------------------------------------------

    static String newReqId(String cmd) { // the official SDK's form: {cmd}_{epochMillis}_{8 hex}
        return cmd + "_" + System.currentTimeMillis() + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    static ObjectNode subscribe(JsonMapper json, String reqId, String botId, String secret) {
        ObjectNode frame = envelope(json, SUBSCRIBE, reqId);
        ObjectNode body = frame.putObject("body").put("bot_id", botId).put("secret", secret);
        if (SEND_DEVICE_ID) {
            body.put("device_id", "campaign-bot");
        }
        return frame;
    }

    static ObjectNode ping(JsonMapper json, String reqId) {
        return envelope(json, PING, reqId);
    }

    static String newStreamId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /**
     * A stream frame: the whole text so far (not a delta, §7.1), content ≤ 20,480 bytes (cut by the caller). The
     * first frame with a new id opens the bubble, {@code finish} closes it.
     */
    static ObjectNode stream(JsonMapper json, String callbackReqId, String streamId, boolean finish, String content) {
        ObjectNode frame = envelope(json, RESPOND, callbackReqId);
        frame.putObject("body").put("msgtype", "stream").putObject("stream")
                .put("id", streamId).put("finish", finish).put("content", content);
        return frame;
    }

    /** The whole answer in one frame: a stream finished at once, or markdown (see REPLY_AS_STREAM). */
    static ObjectNode reply(JsonMapper json, String callbackReqId, String streamId, String content) {
        if (REPLY_AS_STREAM) {
            return stream(json, callbackReqId, streamId, true, content);
        }
        ObjectNode frame = envelope(json, RESPOND, callbackReqId);
        frame.putObject("body").put("msgtype", "markdown").putObject("markdown").put("content", content);
        return frame;
    }

    /**
     * A proactive message to a chat (§8): the way to answer a question whose callback req_id died with the connection
     * it came on (after a restart). {@code chatid} is the group's chatid or, in a single chat, the user's userid.
     */
    static ObjectNode push(JsonMapper json, String reqId, String chatId, boolean group, String markdown) {
        ObjectNode frame = envelope(json, SEND, reqId);
        frame.putObject("body").put("chatid", chatId).put("chat_type", group ? 2 : 1).put("msgtype", "markdown")
                .putObject("markdown").put("content", markdown);
        return frame;
    }

    /** Welcome on enter_chat, with the event's req_id (§7.3); an event's req_id cannot carry aibot_respond_msg. */
    static ObjectNode welcome(JsonMapper json, String eventReqId, String content) {
        ObjectNode frame = envelope(json, RESPOND_WELCOME, eventReqId);
        frame.putObject("body").put("msgtype", "text").putObject("text").put("content", content);
        return frame;
    }

    private static ObjectNode envelope(JsonMapper json, String cmd, String reqId) {
        ObjectNode frame = json.createObjectNode().put("cmd", cmd);
        frame.putObject("headers").put("req_id", reqId);
        return frame;
    }
}
