package org.campaignbot.answer;

import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Optional;
import org.campaignbot.answer.duty.DutyFinder;
import org.campaignbot.answer.duty.TaskProgress;
import org.campaignbot.answer.followup.FollowUpResolver;
import org.campaignbot.answer.followup.FollowUps;
import org.campaignbot.answer.followup.Turn;
import org.campaignbot.answer.meta.DocumentMeta;
import org.campaignbot.answer.outline.Siblings;
import org.campaignbot.answer.rag.LlmAnswerer;
import org.campaignbot.answer.rag.LlmProperties;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.knowledge.search.ConversationDocument;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.ReasonQuestion;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.PerCatalog;
import org.campaignbot.knowledge.table.TaskAsk;
import org.campaignbot.message.Citation;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
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
 * With an LLM configured, the LangChain4j pipeline ({@link LlmAnswerer}) writes the reply from the same facts or
 * passages; on any LLM error or timeout the extractive reply is given instead, so the user always gets an answer.
 */
@Service
public class AnswerService {
    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);
    private final HybridRetriever retriever;
    private final KnowledgeView knowledge;
    private final ExtractiveAnswerer extractive;
    private final StructuredAnswers structured;
    private final FollowUps followUps;
    private final LlmAnswerer llm;
    private final int topK;

    public AnswerService(HybridRetriever retriever, KnowledgeView knowledge, ExtractiveAnswerer extractive,
                         Optional<ChatModel> chatModel, Optional<TaskProgress> progress, LlmProperties llmProps,
                         KnowledgeProperties knowledgeProps) {
        this.retriever = retriever;
        this.knowledge = knowledge;
        this.extractive = extractive;
        this.structured = new StructuredAnswers(extractive, progress.orElse(row -> Optional.empty()));
        this.followUps = new FollowUps(this::entities);
        this.topK = knowledgeProps.topK();
        this.llm = chatModel.map(m -> new LlmAnswerer(m, llmProps, retriever, followUps, this::facts)).orElse(null);
    }

    /**
     * A reply and whether the model wrote it: with a model configured, a declined question and a model that failed
     * are still answered by quotation, which the 问答日志 must not label as the model's.
     */
    public record Answered(Reply reply, boolean byModel) {
    }

    public Reply answer(IncomingMessage message) {
        return answered(message).reply();
    }

    public Answered answered(IncomingMessage message) {
        String question = followUps.resolve(message.conversationId(), message.text());
        String asked = message.text().strip();
        if (!question.equals(asked) && question.endsWith(asked) && !question.startsWith("《")
                && retriever.namesAnUnknownTopic(asked)) {
            // "红烧肉怎么做" after "张三负责哪些任务" is not "张三红烧肉怎么做": a short question is asked of the previous
            // topic only when it has none of its own, and a word no document knows is one
            question = asked;
        }
        // a follow-up ("多久办一次" after a question on the plan's 专题培训班) prefers the document just quoted
        Answer answer = inContext(message.conversationId(), question, asked,
                answer(question, followUps.documentFor(message.conversationId(), asked, question)));
        if (question.equals(asked)) {
            answer = inPreviousDocument(message.conversationId(), asked, answer);
        }
        try {
            if (llm == null || answer.reply().citations().isEmpty()) {
                return new Answered(answer.reply(), false); // declined questions never reach the model
            }
            try {
                Reply reply = llm.answer(message);
                return reply != null ? new Answered(reply, true) : new Answered(Decline.reply(message.text()), false);
            } catch (RuntimeException e) {
                log.warn("大模型调用失败，改用原文摘录作答：{}", e.getClass().getSimpleName());
                return new Answered(answer.reply(), false);
            }
        } finally {
            // after the model's own rewriting; the document quoted first is where "第二部分呢" looks
            List<Citation> cited = answer.reply().citations();
            followUps.remember(message.conversationId(),
                    cited.isEmpty() ? answer.turn() : answer.turn().quoting(cited.get(0).source()));
        }
    }

    /** Names a follow-up may refer to, built once per catalog (a new catalog comes only with changed documents). */
    /** Longer than this, a declined question carries its own topic and is not asked again within the previous one. */
    private static final int MAX_IN_CONTEXT = 16;
    /**
     * A declined question more than half of whose words are in no document ("乡村振兴有哪些任务" after a question on the
     * campaign) is a new topic, not a follow-up: it is not asked again within the previous question.
     */
    private static final double MAX_UNKNOWN_IN_CONTEXT = 0.5;

    private final OwnWords ownWords = new OwnWords();
    private final PerCatalog<org.campaignbot.answer.followup.TopicNames> entities = new PerCatalog<>(FollowUpEntities::of);

    private org.campaignbot.answer.followup.TopicNames entities() {
        return entities.of(knowledge.catalog());
    }

    /**
     * The extractive reply and what a follow-up may refer to.
     *
     * @param declinedFor why the question was declined (the relevance floor's evidence), or null when it was answered
     */
    private record Answer(Reply reply, Turn turn, RelevanceFloor.Evidence declinedFor) {
        Answer(Reply reply, Turn turn) {
            this(reply, turn, null);
        }
    }

    /**
     * A short question that found nothing on its own, asked again within the previous question: "不达标的单位咋办"
     * after "总结评估阶段怎么弄" is about the units that fail that assessment. Only when at least half of its own words
     * are in the documents and the thing it asks for is (a new topic, "乡村振兴呢", is declined as before), and only when the
     * question with its context clears the relevance floor by itself. Failing that, it is asked of the document the
     * previous answer quoted ("那这次会谁主持的" after an answer from the minutes).
     */
    private Answer inContext(String conversation, String question, String asked, Answer alone) {
        RelevanceFloor.Evidence why = alone.declinedFor();
        if (why == null || why.askedThingUnknown() || why.unknown() > MAX_UNKNOWN_IN_CONTEXT
                || question.length() > MAX_IN_CONTEXT) {
            return alone;
        }
        // a question with no topic of its own ("每回得学多长时间") may be answered from the document just quoted, in
        // words it does not share; any other must find its own words in the reply
        Optional<String> previousDocument = followUps.previousDocument(conversation);
        java.util.function.Predicate<Answer> answered = again -> again.declinedFor() == null
                && !again.reply().citations().isEmpty() && (ownWords.quoted(asked, again.reply(), knowledge.catalog())
                || previousDocument.isPresent() && again.reply().citations().get(0).source().equals(previousDocument.get())
                && namesNoTopic(asked));
        // "那这次会谁主持的" after an answer from the minutes: the meeting of the document just quoted
        java.util.function.Supplier<Optional<Answer>> inDocument = () -> followUps.previousDocument(conversation)
                .map(title -> answer("《" + title + "》" + asked)).filter(answered);
        java.util.function.Supplier<Optional<Answer>> inQuestion = () -> withinPrevious(conversation, question, true)
                .filter(answered);
        return FollowUpResolver.THIS_DOCUMENT.matcher(asked).find() ? inDocument.get().or(inQuestion).orElse(alone)
                : inQuestion.get().or(inDocument).orElse(alone);
    }

    /**
     * "每回得学多长时间" after "县里推的周三夜学是哪个部门牵头": a short question that names nothing of its own (no document,
     * person, unit or heading, and no word of two characters or more that a document knows) is about what was just
     * discussed. Answered alone from another document that shares its words (a handbook's "台账进展多长时间报一次"), it
     * is asked again within the previous question, and that answer is taken when it comes from the document the previous
     * answer quoted.
     */
    private Answer inPreviousDocument(String conversation, String asked, Answer alone) {
        Optional<String> document = followUps.previousDocument(conversation);
        List<Citation> cited = alone.reply().citations();
        if (document.isEmpty() || cited.isEmpty() || cited.get(0).source().equals(document.get())
                || asked.length() > MAX_IN_CONTEXT || !namesNoTopic(asked)) {
            return alone;
        }
        // not weighed towards that document: coming from it is what this retry's answer is tested for
        return withinPrevious(conversation, asked, false)
                .filter(again -> again.declinedFor() == null && !again.reply().citations().isEmpty()
                        && again.reply().citations().get(0).source().equals(document.get()))
                .orElse(alone);
    }

    /** No document, person, unit, heading or known word of two characters: "每回得学多长时间". */
    private boolean namesNoTopic(String asked) {
        return !FollowUpResolver.namesSomething(asked, entities().names())
                && !retriever.namesATopic(TaskAsk.withoutAskWords(HalfWidth.of(asked)));
    }

    /** The question asked again after the conversation's previous question ("…周三夜学…谁负责，每回得学多长时间"). */
    private Optional<Answer> withinPrevious(String conversation, String question, boolean preferItsDocument) {
        ConversationDocument document = preferItsDocument
                ? followUps.previousDocumentPreferred(conversation) : ConversationDocument.NONE;
        return followUps.previousQuestion(conversation).map(previous -> answer(previous + "，" + question, document));
    }

    private Answer answer(String question) {
        return answer(question, ConversationDocument.NONE);
    }

    /** @param conversation the document the conversation is about, preferred for a follow-up */
    private Answer answer(String question, ConversationDocument conversation) {
        if (FileRequest.is(question)) {
            return new Answer(FileRequest.reply(), Turn.of(question));
        }
        DocumentCatalog catalog = knowledge.catalog();
        SearchResult result = retriever.search(question, topK, conversation);
        if (PersonContact.missing(question, catalog)) {
            // "王志刚的联系电话多少": the plan's contact line gives 马文静's number, not his
            return new Answer(Decline.reply(question), Turn.of(question), result.evidence());
        }
        Optional<Reply> meta = DocumentMeta.answer(question, catalog, result.passages());
        if (meta.isPresent()) {
            return new Answer(meta.get(), Turn.of(question)); // "纪要的文号多少": 文号 is a word of no passage
        }
        if (result.evidence().askedThingUnknown()) {
            // "张三的联系电话多少": a person the task tables list, but a thing no passage found holds (an unknown topic
            // alone does not decline here: task and outline questions are often put in words no document uses)
            return new Answer(Decline.reply(question), Turn.of(question), result.evidence());
        }
        // "三抓三促是哪三项行动": the one clause that spells out a numbered slogan, before "哪三项" is read as its parts
        Optional<Reply> term = NumberedTerm.answer(question, catalog);
        if (term.isPresent()) {
            return new Answer(term.get(), Turn.of(question));
        }
        Optional<Reply> defined = DefinedTerm.answer(question, catalog, result.passages());
        if (defined.isPresent()) {
            // "三个一工作法是啥": the sentence that defines the quoted term the question names, exactly
            return new Answer(defined.get(), Turn.of(question));
        }
        if (MissingOrdinal.asks(question, catalog)) {
            // "领导小组第二次全体会议定了哪些事": the documents record the first meeting only
            return new Answer(Decline.reply(question), Turn.of(question), result.evidence());
        }
        if (DutyFinder.asksForAMissingRow(question, catalog)) {
            // "实施方案任务清单第20项是啥": the table the question names has no such row, and no other row answers it
            return new Answer(Decline.reply(question), Turn.of(question), result.evidence());
        }
        Optional<StructuredAnswers.Structured> s = structured.find(question, catalog, result);
        if (s.isPresent() && !kindMissing(question, s.get().reply(), List.of())) {
            return new Answer(s.get().reply(), s.get().turn());
        }
        // a structured answer that lacks what is asked ("指挥部办公室主任是谁": the part whose heading matched names no
        // one) gives way to the passages' answer, which is checked the same way below
        if (!result.relevant()) {
            return new Answer(Decline.reply(question), Turn.of(question), result.evidence());
        }
        Reply prose = extractive.answer(question, result, catalog);
        Reply reply = structured.withTableFact(question, catalog, result, prose).orElse(prose);
        // "那第三条呢" means the third item of a list the reply quotes ("一是…二是…三是…"); after an answer from one of
        // several numbered parts, the third of those parts
        List<String> items = QuotedItems.of(reply);
        // "他还负责啥事" after "县行动办主任谁兼着": the person the quotation names
        String person = TaskAsk.of(question).who() ? DutyFinder.personNamed(reply.body(), catalog) : "";
        return unlessKindMissing(question, result, new Answer(reply, new Turn(question, "", person, "",
                items.isEmpty() ? Siblings.of(catalog, result.passages().get(0)) : items)), result.askedWords());
    }

    /**
     * The answer, unless the question asks for a kind of thing it does not hold ({@link QuotedKind}): "推进会是几月几号
     * 开的" answered with sentences about the meeting and no date, "李明的联系电话多少" with his tasks and no number.
     *
     * @param askedWords the words naming the thing asked for ({@link SearchResult#askedWords}), checked on quotations
     *                   of prose only: a task list names its columns in words of its own (协办单位 as 配合单位)
     */
    private static Answer unlessKindMissing(String question, SearchResult result, Answer answer, List<String> askedWords) {
        return kindMissing(question, answer.reply(), askedWords)
                ? new Answer(Decline.reply(question), Turn.of(question), result.evidence()) : answer;
    }

    private static boolean kindMissing(String question, Reply reply, List<String> askedWords) {
        return !ReasonQuestion.asks(question) && (QuotedKind.missing(HalfWidth.of(question), reply)
                || QuotedKind.lacksAny(askedWords, reply));
    }

    /** A duty or outline answer to a question that stands on its own, for the model's structured context. */
    private Optional<Reply> facts(String question) {
        DocumentCatalog catalog = knowledge.catalog();
        return structured.find(question, catalog, retriever.search(question, topK)).map(StructuredAnswers.Structured::reply);
    }
}
