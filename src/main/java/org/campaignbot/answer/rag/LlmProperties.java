package org.campaignbot.answer.rag;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.llm.*}: the optional large language model. With {@code provider: none} the bot answers extractively.
 *
 * @param provider     none, openai (any OpenAI-compatible endpoint: DeepSeek, Qwen/DashScope, vLLM) or ollama
 * @param baseUrl      endpoint, e.g. https://api.deepseek.com/v1 or http://localhost:11434
 * @param apiKey       key for openai-compatible endpoints; from the environment (BOT_LLM_API_KEY), never from git
 * @param model        model name, e.g. deepseek-chat, qwen-plus, qwen2.5:7b
 * @param timeout      longest wait for one answer before falling back to the extractive answer
 * @param temperature  low keeps the model close to the quoted text
 * @param memoryTurns  previous question/answer pairs of the same conversation sent along, for follow-up questions
 * @param promptFile   the system prompt, editable by the office
 */
@ConfigurationProperties("bot.llm")
public record LlmProperties(
        @DefaultValue("none") String provider,
        String baseUrl,
        String apiKey,
        String model,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("0.2") double temperature,
        @DefaultValue("3") int memoryTurns,
        @DefaultValue("config/prompts/answer-system.txt") Path promptFile) {

    public LlmProperties {
        provider = provider == null ? "none" : provider.strip().toLowerCase(Locale.ROOT);
        switch (provider) {
            case "none", "" -> provider = "none";
            case "openai", "ollama" -> {
                if (baseUrl == null || baseUrl.isBlank()) {
                    throw new IllegalArgumentException("bot.llm.provider=" + provider + " 需要设置 bot.llm.base-url（大模型服务地址）");
                }
                if (model == null || model.isBlank()) {
                    throw new IllegalArgumentException("bot.llm.provider=" + provider + " 需要设置 bot.llm.model（模型名称）");
                }
                if (provider.equals("openai") && (apiKey == null || apiKey.isBlank())) {
                    throw new IllegalArgumentException("bot.llm.provider=openai 需要 API 密钥：请设置环境变量 BOT_LLM_API_KEY");
                }
            }
            default -> throw new IllegalArgumentException("bot.llm.provider 只能是 none、openai 或 ollama，当前为 " + provider);
        }
        if (memoryTurns < 0 || memoryTurns > 20) {
            throw new IllegalArgumentException("bot.llm.memory-turns 必须在 0 到 20 之间");
        }
    }

    /** Never prints the API key: settings records end up in logs and error messages. */
    @Override
    public String toString() {
        return "LlmProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "null" : "******")
                + ", model=" + model + ", timeout=" + timeout + ", temperature=" + temperature + ", memoryTurns=" + memoryTurns
                + ", promptFile=" + promptFile + "]";
    }

    public boolean enabled() {
        return !provider.equals("none");
    }
}
