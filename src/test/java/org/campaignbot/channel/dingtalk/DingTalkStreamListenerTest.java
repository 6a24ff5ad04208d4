package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dingtalk.open.app.api.models.bot.ChatbotMessage;
import com.dingtalk.open.app.api.models.bot.MessageContent;
import java.time.Duration;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.testing.Waits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Stream mode without a network: the SDK's own message type goes through the same pipeline as the callback. */
class DingTalkStreamListenerTest extends DingTalkAppTestBase {
    @Autowired
    DingTalkReplyPipeline pipeline;
    @Autowired
    DingTalkProperties properties;
    @Autowired
    DingTalkHealth health;
    @Autowired
    ConversationService conversation;
    @Autowired
    MessageDeduplicator deduplicator;
    @Autowired
    SessionWebhookSender sender;

    private ChatbotMessage chatbotMessage(String msgId, String session, String text) {
        MessageContent content = new MessageContent();
        content.setContent(text);
        ChatbotMessage m = new ChatbotMessage();
        m.setMsgId(msgId);
        m.setMsgtype("text");
        m.setText(content);
        m.setConversationType("2");
        m.setConversationId("cid-stream-" + session);
        m.setSenderStaffId("staff-stream");
        m.setSenderId("$:LWCP_v1:$x");
        m.setSenderNick("李四");
        m.setInAtList(true);
        m.setSessionWebhook(FAKE.sessionWebhook(session));
        m.setSessionWebhookExpiredTime(clock.millis() + 5_400_000);
        return m;
    }

    @Test
    void chatbotMessageIsAnsweredAtItsSessionWebhookMentioningTheSender() throws Exception {
        var listener = new DingTalkStreamListener(pipeline);
        String session = unique("stream");
        ChatbotMessage message = chatbotMessage(unique("m"), session, " 帮助");

        assertThat(listener.execute(message)).isNull();
        JsonNode reply = json(FAKE.awaitReply(session));
        assertThat(reply.path("at").path("atUserIds").get(0).asString()).isEqualTo("staff-stream");
        assertThat(reply.path("text").path("content").asString()).startsWith("@staff-stream\n我是“三抓三促”行动知识库助手");

        listener.execute(message); // Stream redelivers when an ack is lost: answered once
        // a second answer to "帮助" would follow within milliseconds (no search, an idle pipeline)
        Waits.holdsFor(Duration.ofMillis(300), () -> FAKE.replies(session).size() == 1);
    }

    @Test
    void unusableMessageIsAcknowledgedNotThrown() {
        var listener = new DingTalkStreamListener(pipeline);
        ChatbotMessage noWebhook = chatbotMessage(unique("m"), unique("s"), "你好");
        noWebhook.setSessionWebhook("http://169.254.169.254/latest");
        assertThatCode(() -> listener.execute(noWebhook)).doesNotThrowAnyException();
        assertThatCode(() -> listener.execute(new ChatbotMessage())).doesNotThrowAnyException();
    }

    @Test
    void aMessageTheStoppingPipelineCannotTakeIsNotAcknowledgedAndItsRedeliveryIsAnswered() throws Exception {
        var stopped = pipeline(
                new SlidingWindowRateLimiter(20, Duration.ofMinutes(1), clock), 1, Duration.ZERO);
        stopped.close();
        String session = unique("stream-stopping");
        ChatbotMessage message = chatbotMessage(unique("m"), session, "帮助");
        // thrown to the SDK, which reports the frame as failed instead of acking it, so DingTalk delivers it again
        assertThatThrownBy(() -> new DingTalkStreamListener(stopped).execute(message))
                .isInstanceOf(DingTalkReplyPipeline.Unavailable.class);

        new DingTalkStreamListener(pipeline).execute(message); // the redelivery, on a running instance
        FAKE.awaitReply(session);
        // a second answer to "帮助" (from the refused first delivery) would follow within milliseconds
        Waits.holdsFor(Duration.ofMillis(300), () -> FAKE.replies(session).size() == 1);
    }

    @Test
    void theSdkAcceptsTheListenerRegistration() {
        // builds the official client with our listener (the SDK reads the message type from its generic
        // interface here and would refuse a listener it cannot introspect); start() is what would connect
        var connector = new DingTalkStreamConnector(properties, new DingTalkStreamListener(pipeline), health,
                new DingTalkStreamHealth(clock));
        assertThatCode(connector::build).doesNotThrowAnyException();
        assertThat(connector.isRunning()).isFalse();
    }
}
