package org.campaignbot.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.stereotype.Component;

/**
 * The message series of /actuator/prometheus: {@code bot_messages_total{channel,kind}} (kind: question or command),
 * {@code bot_answer_seconds} (a histogram, so percentiles can be computed across instances) and
 * {@code bot_answers_declined_total}: questions the knowledge base had nothing on (a reply without citations), the
 * number that tells the office which documents are missing. Channel values are the three fixed names.
 */
@Component
public class ConversationMetrics {
    private final MeterRegistry registry;

    public ConversationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void command(IncomingMessage message) {
        registry.counter("bot.messages", "channel", message.channel(), "kind", "command").increment();
    }

    void question(IncomingMessage message, Reply reply, long nanos) {
        registry.counter("bot.messages", "channel", message.channel(), "kind", "question").increment();
        Timer.builder("bot.answer").description("time to answer a question from the knowledge base")
                .tag("channel", message.channel()).publishPercentileHistogram().register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (reply.citations().isEmpty()) {
            registry.counter("bot.answers.declined", "channel", message.channel()).increment();
        }
    }
}
