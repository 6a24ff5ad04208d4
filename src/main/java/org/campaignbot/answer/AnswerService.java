package org.campaignbot.answer;

import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Optional;
import org.campaignbot.answer.duty.DutyFinder;
import org.campaignbot.answer.duty.DutyMatch;
import org.campaignbot.answer.duty.DutyReply;
import org.campaignbot.answer.duty.TaskProgress;
import org.campaignbot.answer.followup.FollowUpResolver;
import org.campaignbot.answer.followup.Turn;
import org.campaignbot.answer.followup.TurnMemory;
import org.campaignbot.answer.outline.SectionFinder;
import org.campaignbot.answer.outline.SectionMatch;
import org.campaignbot.answer.outline.SectionReply;
import org.campaignbot.conversation.IncomingMessage;
import org.campaignbot.conversation.Reply;
import org.campaignbot.knowledge.KnowledgeBase;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers a question by what it asks, in both modes:
 * <ol>
 *   <li>a follow-up ("那抓效能促发展呢？") is first rewritten against the conversation's previous turn;
 *   <li>a duty question (谁负责, 哪个单位牵头, 什么时候完成, 张三负责哪些任务) is answered from the task tables as data;
 *   <li>an outline or section question (讲话讲了几点, 第三部分讲了什么, X有哪些要求) from the document's heading tree;
 *   <li>anything else from retrieved passages, or declined when nothing clears the relevance floor.
 * </ol>
 * With an LLM configured, the model writes the reply from the same facts or passages; on any LLM error or timeout the
 * extractive reply is given instead, so the user always gets an answer.
 */
@Service
public class AnswerService {
    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);
    private final HybridRetriever retriever;
    private final KnowledgeBase knowledge;
    private final ExtractiveAnswerer extractive;
    private final LlmAnswerer llm;
    private final TaskProgress progress;
    private final TurnMemory turns = new TurnMemory();
    private final int topK;

    public AnswerService(HybridRetriever retriever, KnowledgeBase knowledge, ExtractiveAnswerer extractive,
                         Optional<ChatModel> chatModel, Optional<TaskProgress> progress, LlmProperties llmProps,
                         KnowledgeProperties knowledgeProps) {
        this.retriever = retriever;
        this.knowledge = knowledge;
        this.extractive = extractive;
        this.llm = chatModel.map(m -> new LlmAnswerer(m, llmProps)).orElse(null);
        this.progress = progress.orElse(row -> Optional.empty());
        this.topK = knowledgeProps.topK();
    }

    public Reply answer(IncomingMessage message) {
        DocumentCatalog catalog = knowledge.catalog();
        Turn previous = turns.last(message.conversationId()).orElse(null);
        String question = FollowUpResolver.resolve(message.text(), previous, FollowUpEntities.of(catalog));
        SearchResult result = retriever.search(question, topK);
        Answer answer = answer(question, catalog, result);
        turns.remember(message.conversationId(), answer.turn());
        if (llm == null || answer.reply().citations().isEmpty()) {
            return answer.reply();
        }
        try {
            Reply reply = llm.answer(message, question, answer.facts(), answer.reply().citations(), result);
            return reply != null ? reply : Decline.reply(message.text());
        } catch (RuntimeException e) {
            log.warn("大模型调用失败，改用原文摘录作答：{}", e.getClass().getSimpleName());
            return answer.reply();
        }
    }

    /**
     * The extractive reply, what a follow-up may refer to, and, for duty and section answers, the facts an LLM
     * should be given instead of bare passages.
     */
    private record Answer(Reply reply, Turn turn, String facts) {
    }

    /** A list of a unit's tasks, as opposed to a person's tasks or one task's who/when. */
    private static boolean unitTaskList(DutyMatch m) {
        return !m.subject().isEmpty() && !m.ask().aboutATask()
                && m.rows().stream().noneMatch(f -> f.row().owners().contains(m.subject()));
    }

    private Answer answer(String question, DocumentCatalog catalog, SearchResult result) {
        Optional<DutyMatch> duty = DutyFinder.find(question, catalog);
        // "政务服务管理局的方案分几个部分" names a unit but asks for an outline: a part of a document, when one is
        // named, wins over a unit's task list; a person, or a task's who/when, stays a duty question
        List<SectionMatch> sections = SectionFinder.findAll(question, catalog, result.passages());
        Optional<SectionMatch> section = sections.stream().findFirst();
        if (section.isPresent() && duty.isPresent() && unitTaskList(duty.get())) {
            duty = Optional.empty();
        }
        if (duty.isPresent()) {
            DutyMatch m = duty.get();
            Reply reply = DutyReply.of(m, progress);
            if (m.subject().isEmpty() && !result.passages().isEmpty()) {
                // found by the task's words: the prose may say more than the row ("政务讲堂每周五下午…")
                reply = Replies.withProse(reply, extractive.answer(question, result, catalog, true));
            }
            List<String> tasks = m.rows().stream().map(f -> f.row().task()).toList();
            boolean byPerson = m.rows().stream().allMatch(f -> f.row().owners().contains(m.subject()));
            List<String> owners = m.rows().get(0).row().owners();
            String person = byPerson ? m.subject() : tasks.size() == 1 && !owners.isEmpty() ? owners.get(0) : "";
            String ask = m.subject().isEmpty() ? "" : question.replace(m.subject(), "").replaceFirst("^的?(任务)?", "");
            return new Answer(reply, new Turn(question, m.subject(), person, tasks.size() == 1 ? tasks.get(0) : "", tasks,
                    ask), reply.text());
        }
        if (section.isPresent()) {
            Reply reply = SectionReply.of(sections);
            return new Answer(reply, new Turn(question, section.get().section().topic(), "", "",
                    SectionReply.items(section.get())), reply.text());
        }
        if (!result.relevant()) {
            return new Answer(Decline.reply(question), Turn.of(question), "");
        }
        return new Answer(extractive.answer(question, result, catalog), Turn.of(question), "");
    }
}
