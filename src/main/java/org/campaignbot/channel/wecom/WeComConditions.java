package org.campaignbot.channel.wecom;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which WeCom beans exist. A blank value counts as absent, so the commented template in application.yml and empty
 * environment variables leave WeCom off. Validation of the values themselves is {@link WeComProperties}'s job.
 */
final class WeComConditions {
    private WeComConditions() {
    }

    /** Anything WeCom is configured: the push channel, health details and HTTP client exist. */
    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return set(env, "bot.wecom.token") || set(env, "bot.wecom.secret") || set(env, "bot.wecom.aibot.token")
                    || !Binder.get(env).bind("bot.wecom.robots", Bindable.mapOf(String.class, Object.class))
                    .orElse(Map.of()).isEmpty();
        }
    }

    /** The self-built app callback {@code /wecom/callback}. */
    static final class AppCallback implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context.getEnvironment(), "bot.wecom.token");
        }
    }

    /** The intelligent-robot callback {@code /wecom/aibot/callback}. */
    static final class AiBot implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context.getEnvironment(), "bot.wecom.aibot.token");
        }
    }

    /** The app can send (message/send): its secret is set. */
    static final class AppSend implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context.getEnvironment(), "bot.wecom.secret");
        }
    }

    /** Either callback: something answers questions. */
    static final class AnyCallback implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context.getEnvironment(), "bot.wecom.token") || set(context.getEnvironment(), "bot.wecom.aibot.token");
        }
    }

    private static boolean set(Environment env, String name) {
        String value = env.getProperty(name);
        return value != null && !value.isBlank();
    }
}
