package org.campaignbot.answer.rag;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Metadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.answer.followup.FollowUps;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.message.Citation;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;

/**
 * Answers with a LangChain4j {@link ChatModel} through a retrieval-augmented pipeline: a query transformer rewrites
 * follow-ups against the conversation, a router sends duty and outline questions to the structured facts and any
 * other to the Lucene hybrid search ({@link PassageContentRetriever}), the content is injected as numbered references,
 * and the conversation's {@link ChatMemory} carries the last turns. The model must answer only from the references
 * and cite them as [1] [2]; it signals "not covered" with a fixed marker so that declining never depends on parsing
 * its prose. Works with any chat model: no tools or function calling are needed.
 */
public class LlmAnswerer {
    static final String DECLINE_MARKER = "【无相关内容】";
    private static final Pattern REFERENCE = Pattern.compile("\\[(\\d{1,2})]");
    private static final int PASSAGES_IN_PROMPT = 4;
    private static final int MAX_CONVERSATIONS = 10_000;

    private final ChatModel model;
    private final String systemPrompt;
    private final RetrievalAugmentor augmentor;
    private final int memoryMessages;
    private final Map<String, ChatMemory> memories = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChatMemory> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    /** @param facts a duty or outline answer to a question that stands on its own, if it has one */
    public LlmAnswerer(ChatModel model, LlmProperties props, HybridRetriever retriever, FollowUps followUps,
                       Function<String, Optional<Reply>> facts) {
        this.model = model;
        this.systemPrompt = loadPrompt(props);
        this.memoryMessages = props.memoryTurns() * 2;
        this.augmentor = DefaultRetrievalAugmentor.builder()
                .queryTransformer(new FollowUpQueryTransformer(followUps))
                .queryRouter(new FactsFirstRouter(facts,
                        new PassageContentRetriever(retriever, PASSAGES_IN_PROMPT, followUps)))
                .contentInjector(new NumberedContentInjector())
                .build();
    }

    /** Returns null when nothing relevant was found or the model says the references do not cover the question. */
    public Reply answer(IncomingMessage message) {
        ChatMemory memory = memory(message.conversationId());
        UserMessage question = UserMessage.from(message.text());
        AugmentationResult augmented = augmentor.augment(new AugmentationRequest(question,
                Metadata.from(question, message.conversationId(), memory.messages())));
        List<Content> contents = augmented.contents();
        if (contents.isEmpty()) {
            return null;
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(systemPrompt));
        messages.addAll(memory.messages());
        messages.add(augmented.chatMessage());
        String text = model.chat(messages).aiMessage().text();
        if (text == null || text.isBlank() || text.contains(DECLINE_MARKER)) {
            return null;
        }
        text = text.strip();
        // the memory keeps the bare question and answer, not the references, to keep later prompts short
        if (memoryMessages > 0) {
            memory.add(question);
            memory.add(AiMessage.from(text));
        }
        return Reply.cited(text, cited(text, contents));
    }

    private synchronized ChatMemory memory(String conversation) {
        return memories.computeIfAbsent(conversation,
                id -> MessageWindowChatMemory.builder().id(id).maxMessages(Math.max(1, memoryMessages)).build());
    }

    /** The references the answer cites; all of them when it cites none by number. */
    private static List<Citation> cited(String answer, List<Content> contents) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(answer);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= contents.size()) {
                numbers.add(n - 1);
            }
        }
        List<Integer> which = numbers.isEmpty() ? java.util.stream.IntStream.range(0, contents.size()).boxed().toList()
                : List.copyOf(numbers);
        return which.stream().map(i -> citation(contents.get(i))).toList();
    }

    private static Citation citation(Content content) {
        var meta = content.textSegment().metadata();
        return new Citation(meta.getString(PassageContentRetriever.SOURCE), meta.getString(PassageContentRetriever.SECTION),
                content.textSegment().text());
    }

    /** The office's edited prompt if present, else the one shipped in the jar. */
    private static String loadPrompt(LlmProperties props) {
        try {
            if (Files.isRegularFile(props.promptFile())) {
                return Files.readString(props.promptFile(), StandardCharsets.UTF_8).strip();
            }
            try (InputStream in = LlmAnswerer.class.getResourceAsStream("/prompts/answer-system.txt")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            throw new IllegalStateException("无法读取提示词文件 " + props.promptFile() + "：" + e.getMessage(), e);
        }
    }
}
