package org.campaignbot.channel.wecom;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which WeCom beans exist. A blank value counts as absent, so the empty template values in application.yml and empty
 * environment variables leave WeCom off. Validation of the values themselves is {@link WeComProperties}'s job.
 */
final class WeComConditions {
    private WeComConditions() {
    }

    /** Matches when any of the named settings has a non-blank value. */
    abstract static class AnySet implements Condition {
        private final String[] names;

        AnySet(String... names) {
            this.names = names;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return Arrays.stream(names).map(env::getProperty).anyMatch(v -> v != null && !v.isBlank());
        }
    }

    /** Anything WeCom is configured, a group robot included: the push channel, health details and HTTP client exist. */
    static final class Enabled extends AnySet {
        Enabled() {
            super("bot.wecom.token", "bot.wecom.secret", "bot.wecom.aibot.token");
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return super.matches(context, metadata) || !Binder.get(context.getEnvironment())
                    .bind("bot.wecom.robots", Bindable.mapOf(String.class, Object.class)).orElse(Map.of()).isEmpty();
        }
    }

    /** The self-built app callback {@code /wecom/callback}. */
    static final class AppCallback extends AnySet {
        AppCallback() {
            super("bot.wecom.token");
        }
    }

    /** The app can send (message/send): its secret is set. */
    static final class AppSend extends AnySet {
        AppSend() {
            super("bot.wecom.secret");
        }
    }

    /** The intelligent-robot callback {@code /wecom/aibot/callback}. */
    static final class AiBot extends AnySet {
        AiBot() {
            super("bot.wecom.aibot.token");
        }
    }

    /** Either callback or the robot's long connection: something answers questions. */
    static final class AnyCallback extends AnySet {
        AnyCallback() {
            super("bot.wecom.token", "bot.wecom.aibot.token");
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return super.matches(context, metadata) || "true".equalsIgnoreCase(
                    context.getEnvironment().getProperty(LONG_CONNECTION, "").strip());
        }
    }

    /** The intelligent robot's long connection (WebSocket) is switched on; see {@code longconn}. */
    static final String LONG_CONNECTION = "bot.wecom.aibot.long-connection.enabled";
}
