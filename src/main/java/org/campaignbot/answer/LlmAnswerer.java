package org.campaignbot.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.conversation.Citation;
import org.campaignbot.conversation.IncomingMessage;
import org.campaignbot.conversation.Reply;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.SearchResult;

/**
 * Answers with a LangChain4j {@link ChatModel}: the retrieved passages are numbered in the prompt, the model must
 * answer only from them and cite them as [1] [2]; the citations of the reply are the passages it cited. The model
 * signals "not covered" with a fixed marker so that declining never depends on parsing its prose.
 */
public class LlmAnswerer {
    static final String DECLINE_MARKER = "【无相关内容】";
    private static final Pattern REFERENCE = Pattern.compile("\\[(\\d{1,2})]");
    private static final int PASSAGES_IN_PROMPT = 4;

    private final ChatModel model;
    private final String systemPrompt;
    private final ConversationMemory memory;

    public LlmAnswerer(ChatModel model, LlmProperties props) {
        this.model = model;
        this.systemPrompt = loadPrompt(props);
        this.memory = new ConversationMemory(props.memoryTurns());
    }

    /**
     * Returns null when the model says the passages do not cover the question.
     *
     * @param question            the question as understood (follow-ups resolved)
     * @param facts               a duty or outline answer to restate, or "" to answer from the passages
     * @param extractiveCitations the sources of {@code facts}
     */
    public Reply answer(IncomingMessage message, String question, String facts, List<Citation> extractiveCitations,
                        SearchResult result) {
        List<Passage> passages = result.passages().subList(0, Math.min(PASSAGES_IN_PROMPT, result.passages().size()));
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(systemPrompt));
        messages.addAll(memory.history(message.conversationId()));
        // duty and outline answers are data the model should restate, not passages to search: they go in as the one
        // numbered reference, already cited, so the model's [1] points at the table or heading tree
        messages.add(UserMessage.from(facts.isBlank() ? prompt(question, passages) : factsPrompt(question, facts)));
        String text = model.chat(messages).aiMessage().text();
        if (text == null || text.isBlank() || text.contains(DECLINE_MARKER)) {
            return null;
        }
        text = text.strip();
        memory.remember(message.conversationId(), message.text(), text);
        return Reply.cited(text, facts.isBlank() ? cited(text, passages) : extractiveCitations);
    }

    static String factsPrompt(String question, String facts) {
        return "参考资料：\n[1] 以下是从任务清单或文件提纲中整理的内容（含出处）：\n" + facts + "\n\n问题：" + question;
    }

    static String prompt(String question, List<Passage> passages) {
        StringBuilder sb = new StringBuilder("参考资料：\n");
        for (int i = 0; i < passages.size(); i++) {
            Citation c = passages.get(i).citation();
            sb.append('[').append(i + 1).append("] ").append(c.label()).append('\n').append(c.text()).append("\n\n");
        }
        return sb.append("问题：").append(question).toString();
    }

    /** The passages the answer refers to; all of them when it quotes without numbering. */
    private static List<Citation> cited(String answer, List<Passage> passages) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(answer);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= passages.size()) {
                numbers.add(n - 1);
            }
        }
        if (numbers.isEmpty()) {
            return passages.stream().map(Passage::citation).toList();
        }
        return numbers.stream().map(i -> passages.get(i).citation()).toList();
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
