package org.campaignbot.answer.rag;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Builds the LangChain4j {@link ChatModel} for the configured provider; no bean at all when the LLM is off. */
@Configuration
public class LlmConfig {

    @Bean
    @Conditional(ProviderSet.class)
    public ChatModel chatModel(LlmProperties llm) {
        // maxRetries 0: a retry would blow the chat platforms' reply window; we fall back to extractive instead
        if (llm.provider().equals("ollama")) {
            return OllamaChatModel.builder().baseUrl(llm.baseUrl()).modelName(llm.model())
                    .timeout(llm.timeout()).temperature(llm.temperature()).maxRetries(0).build();
        }
        return OpenAiChatModel.builder().baseUrl(llm.baseUrl()).apiKey(llm.apiKey()).modelName(llm.model())
                .timeout(llm.timeout()).temperature(llm.temperature()).maxRetries(0).build();
    }

    /**
     * A provider other than none is set. Read by binding {@link LlmProperties} (conditions run before the settings
     * beans exist), so that its record holds the one default and the one normalisation of the provider's name.
     */
    static class ProviderSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            try {
                return !Binder.get(context.getEnvironment()).bindOrCreate("bot.llm", LlmProperties.class)
                        .provider().equals("none");
            } catch (BindException e) {
                return true; // a wrong setting: building the model binds the settings again, and that error names it
            }
        }
    }
}
