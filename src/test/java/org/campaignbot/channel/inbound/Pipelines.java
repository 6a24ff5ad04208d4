package org.campaignbot.channel.inbound;

import java.time.Clock;
import java.time.Duration;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.conversation.ConversationService;
import org.springframework.context.ApplicationContext;

/**
 * Builds a second pipeline on a running app's database and core, as a second instance (or the same one after a
 * restart) would have: for tests that stop a pipeline while the app's own keeps running.
 */
public final class Pipelines {
    private Pipelines() {
    }

    public static InboundPipeline of(ApplicationContext app, int threads, int queue, Duration drain) {
        return of(app, InboundProperties.defaults().withPool(threads, queue, drain));
    }

    public static InboundPipeline of(ApplicationContext app, InboundProperties settings) {
        return new InboundPipeline(app.getBean(ConversationService.class), app.getBean(MessageDeduplicator.class),
                app.getBean(Inbox.class), app.getBean(Clock.class), settings);
    }
}
