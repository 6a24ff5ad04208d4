package org.campaignbot.channel.dingtalk;

import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import com.dingtalk.open.app.api.models.bot.ChatbotMessage;
import com.dingtalk.open.app.api.models.bot.MessageContent;
import org.campaignbot.common.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Robot messages arriving over Stream mode, put on the same pipeline as the HTTP callback. It returns at once so
 * the SDK acks the frame; the answer goes to the sessionWebhook later. A named class rather than a lambda: the SDK
 * reads the message type from the listener's generic interface.
 */
public class DingTalkStreamListener implements OpenDingTalkCallbackListener<ChatbotMessage, Void> {
    private static final Logger log = LoggerFactory.getLogger(DingTalkStreamListener.class);
    private final DingTalkReplyPipeline pipeline;
    private final Runnable delivered;

    public DingTalkStreamListener(DingTalkReplyPipeline pipeline) {
        this(pipeline, () -> { });
    }

    private DingTalkStreamListener(DingTalkReplyPipeline pipeline, Runnable delivered) {
        this.pipeline = pipeline;
        this.delivered = delivered;
    }

    /** The same listener, also telling {@code delivered} of every frame the SDK hands over (for liveness). */
    DingTalkStreamListener onMessage(Runnable delivered) {
        return new DingTalkStreamListener(pipeline, delivered);
    }

    @Override
    public Void execute(ChatbotMessage message) {
        delivered.run();
        try {
            pipeline.accept(toInbound(message));
        } catch (BadRequestException e) {
            // nothing to retry: a redelivery would be just as unusable, so ack it and say why
            log.warn("忽略无法处理的钉钉 Stream 消息 {}：{}", message == null ? null : message.getMsgId(), e.getMessage());
        }
        // DingTalkReplyPipeline.Unavailable (stopping) is left to the SDK: it reports the frame as failed, not
        // acknowledged, and DingTalk delivers it again (the pipeline did not mark it as seen)
        return null;
    }

    static DingTalkInbound toInbound(ChatbotMessage m) {
        if (m == null) {
            throw new BadRequestException("空消息");
        }
        return DingTalkInbound.of(m.getMsgId(), m.getConversationId(), m.getConversationType(), m.getSenderStaffId(),
                m.getSenderId(), m.getSenderNick(), text(m), m.getInAtList(), m.getSessionWebhook(),
                m.getSessionWebhookExpiredTime());
    }

    /** Same reading as {@link DingTalkMessageParser}: text, the text parts of rich text, or recognised speech. */
    private static String text(ChatbotMessage m) {
        String type = m.getMsgtype() == null ? "text" : m.getMsgtype();
        MessageContent content = m.getContent();
        return switch (type) {
            case "text" -> m.getText() == null ? "" : m.getText().getContent();
            case "richText" -> {
                StringBuilder words = new StringBuilder();
                if (content != null && content.getRichText() != null) {
                    content.getRichText().forEach(part -> words.append(part.getText() == null ? "" : part.getText()));
                }
                yield words.toString();
            }
            case "audio" -> content == null ? "" : content.getRecognition();
            default -> "";
        };
    }
}
