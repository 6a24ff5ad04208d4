package org.campaignbot.channel.dingtalk;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.campaignbot.channel.inbound.ConnectionHealth.State;
import org.slf4j.LoggerFactory;

/**
 * What the dingtalk-stream SDK does on its own, made visible in health. The SDK pings after a quiet spell, closes
 * the socket when the pong does not come and reconnects — but offers no listener for any of it, only log lines. We
 * wrap it rather than fork it, so those lines are read here: the texts are the SDK's (1.3.12) and live in this one
 * place; if an SDK upgrade rewords them, these counters stop moving, the service itself keeps working.
 */
class StreamSdkEvents extends AppenderBase<ILoggingEvent> {
    /** The SDK's network classes log under this name (through SLF4J, with its shaded Netty). */
    static final String SDK_LOGGER = "com.dingtalk.open.app.stream";
    static final String PING_TIMEOUT = "ping timeout";
    static final String CONNECTING = "start websocket connection";
    static final String SERVER_CLOSE = "receive connection close info";

    private final DingTalkStreamHealth health;

    StreamSdkEvents(DingTalkStreamHealth health) {
        this.health = health;
        setName("dingtalk-stream-liveness");
    }

    /** Attaches to the SDK's logger; idempotent per instance. */
    void attach() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            setContext(context);
            start();
            // the connect line is INFO: a logging setup that raises this logger above INFO hides reconnects here
            context.getLogger(SDK_LOGGER).addAppender(this);
        }
    }

    void detach() {
        if (getContext() instanceof LoggerContext context) {
            context.getLogger(SDK_LOGGER).detachAppender(this);
        }
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String text = event.getMessage();
        if (text == null) {
            return;
        }
        if (text.contains(PING_TIMEOUT)) {
            health.missedHeartbeats.incrementAndGet();
            health.heartbeatReconnects.incrementAndGet();
            health.error("钉钉 Stream 心跳无应答，SDK 已断开重连");
            health.state(State.RECONNECTING);
        } else if (text.contains(SERVER_CLOSE)) {
            health.error("钉钉服务端要求断开重连（例如服务端发布）");
            health.state(State.RECONNECTING);
        } else if (text.contains(CONNECTING)) {
            if (health.connects.getAndIncrement() > 0) {
                health.reconnects.incrementAndGet();
            }
            health.state(State.CONNECTED);
        }
    }
}
