package org.campaignbot.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few question/answer pairs per conversation, so "那第二项呢？" can be understood. Only the bare questions and
 * answers are kept (not the passages) to keep prompts short. Bounded: the least recently used conversations are
 * forgotten first. In memory only: a restart forgets, which for chat follow-ups is harmless.
 */
class ConversationMemory {
    private static final int MAX_CONVERSATIONS = 10_000;
    private final int turns;
    private final Map<String, Deque<ChatMessage>> byConversation =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Deque<ChatMessage>> eldest) {
                    return size() > MAX_CONVERSATIONS;
                }
            };

    ConversationMemory(int turns) {
        this.turns = turns;
    }

    synchronized List<ChatMessage> history(String conversation) {
        Deque<ChatMessage> messages = byConversation.get(conversation);
        return messages == null ? List.of() : List.copyOf(messages);
    }

    synchronized void remember(String conversation, String question, String answer) {
        if (turns == 0) {
            return;
        }
        Deque<ChatMessage> messages = byConversation.computeIfAbsent(conversation, k -> new ArrayDeque<>());
        messages.addLast(UserMessage.from(question));
        messages.addLast(AiMessage.from(answer));
        while (messages.size() > turns * 2) {
            messages.removeFirst();
        }
    }
}
