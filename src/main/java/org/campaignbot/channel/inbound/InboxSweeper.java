package org.campaignbot.channel.inbound;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Answers what the inbox holds and nobody is answering: questions accepted before a restart, released at shutdown
 * and not redelivered within the grace, or held by an instance that died (its lease ran out). At start-up and then
 * every {@code bot.inbound.sweep-interval}. A question past its transport's reply window is not answered — the asker
 * could no longer receive it — but marked EXPIRED and logged, so an operator can see what was missed.
 */
@Component
public class InboxSweeper implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(InboxSweeper.class);
    private static final int BATCH = 50;

    private final Inbox inbox;
    private final InboundPipeline pipeline;
    private final Supplier<Stream<InboundTransport>> transports;
    private final Clock clock;
    private final InboundProperties settings;

    @Autowired
    public InboxSweeper(Inbox inbox, InboundPipeline pipeline, ObjectProvider<InboundTransport> transports, Clock clock,
                        InboundProperties settings) {
        this(inbox, pipeline, transports::orderedStream, clock, settings);
    }

    /** A sweeper for the given transports: what a restarted instance would have (tests). */
    public InboxSweeper(Inbox inbox, InboundPipeline pipeline, List<InboundTransport> transports, Clock clock,
                        InboundProperties settings) {
        this(inbox, pipeline, transports::stream, clock, settings);
    }

    private InboxSweeper(Inbox inbox, InboundPipeline pipeline, Supplier<Stream<InboundTransport>> transports,
                         Clock clock, InboundProperties settings) {
        this.inbox = inbox;
        this.pipeline = pipeline;
        this.transports = transports;
        this.clock = clock;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        sweep();
    }

    /** Every {@code bot.inbound.sweep-interval}, read from the bound settings: their record holds the one default. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::sweep, settings.sweepInterval(), settings.sweepInterval()));
    }

    /** @return how many questions were taken up for answering */
    public int sweep() {
        Map<String, InboundTransport> byName = transports.get()
                .collect(Collectors.toMap(InboundTransport::name, Function.identity(), (a, b) -> a));
        int resumed = 0;
        try {
            List<Inbound> waiting = inbox.unclaimed(byName.keySet(), BATCH);
            for (Inbound in : waiting) {
                InboundTransport transport = byName.get(in.transport());
                long age = clock.millis() - in.receivedAt();
                if (age > transport.replyWindow(in).toMillis()) {
                    if (inbox.expire(in.key())) {
                        log.warn("消息 {}（{}）在 {} 分钟前收到，重启前未作答，已超过平台允许答复的时间，不再补答",
                                in.key(), transport.name(), age / 60_000);
                    }
                    continue;
                }
                if (!inbox.claim(in.key(), clock.millis() + settings.lease().toMillis())) {
                    continue; // taken by a redelivery or another instance meanwhile
                }
                if (!pipeline.resume(in, transport)) {
                    break; // the queue is full: the rest waits for the next sweep
                }
                resumed++;
            }
        } catch (RuntimeException e) { // the database is away: the next sweep tries again
            log.warn("检查收件箱中未作答的消息失败：{}", e.toString());
        }
        return resumed;
    }
}
