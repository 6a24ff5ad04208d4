package org.campaignbot.answer;

import dev.langchain4j.model.chat.ChatModel;
import java.util.Optional;
import org.campaignbot.conversation.IncomingMessage;
import org.campaignbot.conversation.Reply;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.knowledge.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers a question: retrieve, then decline if nothing clears the relevance floor, else answer with the LLM when
 * one is configured, falling back to the extractive answer on any LLM error or timeout — the user always gets a reply.
 */
@Service
public class AnswerService {
    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);
    private final HybridRetriever retriever;
    private final ExtractiveAnswerer extractive;
    private final LlmAnswerer llm;
    private final int topK;

    public AnswerService(HybridRetriever retriever, ExtractiveAnswerer extractive, Optional<ChatModel> chatModel,
                         LlmProperties llmProps, KnowledgeProperties knowledgeProps) {
        this.retriever = retriever;
        this.extractive = extractive;
        this.llm = chatModel.map(m -> new LlmAnswerer(m, llmProps)).orElse(null);
        this.topK = knowledgeProps.topK();
    }

    public Reply answer(IncomingMessage message) {
        SearchResult result = retriever.search(message.text(), topK);
        if (!result.relevant()) {
            return Decline.reply(message.text());
        }
        if (llm != null) {
            try {
                Reply reply = llm.answer(message, result);
                return reply != null ? reply : Decline.reply(message.text());
            } catch (RuntimeException e) {
                log.warn("大模型调用失败，改用原文摘录作答：{}", e.getClass().getSimpleName());
            }
        }
        return extractive.answer(message, result);
    }
}
