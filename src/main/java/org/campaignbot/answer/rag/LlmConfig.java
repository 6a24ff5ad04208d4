package org.campaignbot.answer.rag;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the LangChain4j {@link ChatModel} for the configured provider; no bean at all when the LLM is off. */
@Configuration
public class LlmConfig {

    @Bean
    @ConditionalOnExpression("'${bot.llm.provider:none}'.trim().toLowerCase() != 'none' && '${bot.llm.provider:none}'.trim() != ''")
    public ChatModel chatModel(LlmProperties llm) {
        // maxRetries 0: a retry would blow the chat platforms' reply window; we fall back to extractive instead
        if (llm.provider().equals("ollama")) {
            return OllamaChatModel.builder().baseUrl(llm.baseUrl()).modelName(llm.model())
                    .timeout(llm.timeout()).temperature(llm.temperature()).maxRetries(0).build();
        }
        return OpenAiChatModel.builder().baseUrl(llm.baseUrl()).apiKey(llm.apiKey()).modelName(llm.model())
                .timeout(llm.timeout()).temperature(llm.temperature()).maxRetries(0).build();
    }
}
