package org.campaignbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.answer.duty.DutyFinder;
import org.campaignbot.answer.duty.DutyMatch;
import org.campaignbot.answer.duty.DutyReply;
import org.campaignbot.answer.duty.TaskProgress;
import org.campaignbot.answer.followup.Turn;
import org.campaignbot.answer.meta.DocumentMeta;
import org.campaignbot.answer.meta.MeetingPurpose;
import org.campaignbot.answer.meta.PersonTitle;
import org.campaignbot.answer.meta.ShortName;
import org.campaignbot.answer.outline.NthReason;
import org.campaignbot.answer.outline.SectionFinder;
import org.campaignbot.answer.outline.SectionMatch;
import org.campaignbot.answer.outline.SectionReply;
import org.campaignbot.answer.table.RowLookup;
import org.campaignbot.answer.table.TableAnswers;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.DocumentLevel;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.ReasonQuestion;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.knowledge.table.TaskAsk;
import org.campaignbot.knowledge.table.TaskRow;
import org.campaignbot.message.Reply;

/**
 * Answers that come from a document's structure rather than from passages: duty questions from the task tables,
 * outline and section questions from the heading trees. The same answers are the extractive reply and, with an LLM,
 * the structured context the model restates.
 */
public final class StructuredAnswers {
    /** A structured reply and what a follow-up may refer to. */
    public record Structured(Reply reply, Turn turn) {
    }

    /** How far down the ranking a row that states the asked fact is looked for. */
    private static final int TABLE_FACT_DEPTH = 3;
    /** The share of the question's words such a row must hold. */
    private static final double TABLE_FACT_SHARE = 0.4;
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("多少|几|多久|多长|频次");
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    private final ExtractiveAnswerer extractive;
    private final TaskProgress progress;

    public StructuredAnswers(ExtractiveAnswerer extractive, TaskProgress progress) {
        this.extractive = extractive;
        this.progress = progress;
    }

    public Optional<Structured> find(String question, DocumentCatalog catalog, SearchResult result) {
        // "纪要是谁记录的", "这个通知哪天印发的": what a document's head and foot lines say
        Optional<Reply> meta = DocumentMeta.answer(question, catalog, result.passages());
        if (meta.isPresent()) {
            return Optional.of(new Structured(meta.get(), Turn.of(question)));
        }
        // "县行动办是个啥机构": the sentence that brings the short name in ("（简称县行动办）")
        Optional<Reply> shortName = ShortName.answer(question, catalog);
        if (shortName.isPresent()) {
            return Optional.of(new Structured(shortName.get(), Turn.of(question)));
        }
        // "孙立同志是啥职务": the post written beside the name, not the person's tasks
        Optional<Reply> post = PersonTitle.answer(question, catalog);
        if (post.isPresent()) {
            return Optional.of(new Structured(post.get(), Turn.of(question)));
        }
        // "开推进会的目的是什么": the sentence of the speech's opening that says why the meeting was called
        Optional<Reply> purpose = MeetingPurpose.answer(question, catalog, result.passages());
        if (purpose.isPresent()) {
            return Optional.of(new Structured(purpose.get(), Turn.of(question)));
        }
        // "为啥要搞三抓三促 第二条理由是什么": the second of the parts that give the reasons
        Optional<Reply> nthReason = NthReason.answer(question, catalog, result.passages());
        if (nthReason.isPresent()) {
            return Optional.of(new Structured(nthReason.get(), Turn.of(question)));
        }
        // "考核打分表里哪个指标分最多", "评分表都考哪些指标": a question about a scoring table as a whole
        Optional<TableAnswers.Answer> wholeTable = TableAnswers.answer(question, catalog)
                .or(() -> RowLookup.answer(question, catalog)); // "督查结果河西县多少分": one row's cell
        if (wholeTable.isPresent()) {
            TableAnswers.Answer a = wholeTable.get();
            return Optional.of(new Structured(a.reply(), new Turn(question, a.row(), "", a.row(), a.items())));
        }
        Optional<DutyMatch> duty = DutyFinder.find(question, catalog)
                .or(() -> DutyFinder.ofFirstPassage(question, catalog, result.passages()));
        // "第三部分为啥专门强调加强组织领导" asks for the reason the passages give, not for what the part lists; "讲话怎么给
        // 三抓三促定位的" for the sentence that characterises it, not for the part whose heading shares its words
        List<SectionMatch> sections = ReasonQuestion.asks(question) || Characterisation.asks(question) ? List.of()
                : SectionFinder.findAll(question, catalog, result.passages(), result.relevant(),
                        result.namedTitles());
        // "政务服务管理局的方案分几个部分" names a unit but asks for an outline: a part of a document, when one is
        // named, wins over a unit's task list; a person, or a task's who/when, stays a duty question
        if (!sections.isEmpty() && duty.isPresent() && unitTaskList(duty.get())) {
            duty = Optional.empty();
        }
        if (duty.isPresent()) {
            DutyMatch match = DutyFinder.preferFirstPassage(duty.get(), question, result.passages());
            return Optional.of(duty(question, match, catalog, result));
        }
        if (!sections.isEmpty()) {
            SectionMatch first = sections.get(0);
            Section part = first.section();
            if (part.children().isEmpty() && part.body().isEmpty()) {
                // "方案一共有几项重点任务": a heading over nothing but a task table is answered with its rows
                List<TaskRow> rows = first.document().rowsUnder(part.path());
                if (rows.isEmpty()) {
                    return Optional.empty(); // nothing under the heading to show: passages answer instead
                }
                List<DutyMatch.Found> found = rows.stream().map(r -> new DutyMatch.Found(r, first.document())).toList();
                DutyMatch table = new DutyMatch(part.topic(), found, 0, TaskAsk.of(question),
                        "《" + first.document().title() + "》" + part.topic() + "（共 " + rows.size() + " 项）：");
                return Optional.of(new Structured(DutyReply.of(table, progress), new Turn(question, part.topic(), "", "",
                        rows.stream().map(TaskRow::task).toList())));
            }
            Reply reply = SectionReply.forQuestion(sections, question);
            // a part without sub-parts may list its points in prose ("一是…二是…三是…"): "那第三条" means the third
            List<String> items = SectionReply.items(sections.get(0));
            return Optional.of(new Structured(reply, new Turn(question, sections.get(0).section().topic(), "", "",
                    items.isEmpty() ? QuotedItems.of(reply) : items)));
        }
        return Optional.empty();
    }

    /**
     * "掌上办至少得上线多少个事项": a fact a plan states only in its task table ("上线事项不少于200项"). Rows weigh less than
     * prose for questions that are not about a task's who or when, so the quotation may come from prose that only
     * mentions the topic; when a row among the best passages holds more of the question's words than the quotation
     * does (or, for a question wanting a number, a row with one where the quotation has none), and at least
     * two in five of them, the row is shown first and the quotation after it.
     */
    public Optional<Reply> withTableFact(String question, DocumentCatalog catalog, SearchResult result, Reply prose) {
        Set<String> grams = RelevanceFloor.contentBigrams(HalfWidth.of(question));
        String quote = HalfWidth.of(prose.body());
        double quoted = RelevanceFloor.share(grams, quote);
        // "多少 / 几 / 多久" wants a number: a row that has one beats a quotation that has none
        boolean wantsNumber = AMOUNT.matcher(question).find() && !DIGIT.matcher(quote).find();
        List<Passage> top = result.passages().subList(0, Math.min(TABLE_FACT_DEPTH, result.passages().size()));
        String level = DocumentLevel.of(question);
        for (Passage p : top) {
            if (!p.chunk().row() || !DocumentLevel.of(level, p.chunk().title())) {
                continue; // "市里方案说…": not a district's row
            }
            String text = HalfWidth.of(p.chunk().text());
            double share = RelevanceFloor.share(grams, text);
            boolean better = share > quoted || wantsNumber && DIGIT.matcher(text).find() && share >= quoted;
            if (share < TABLE_FACT_SHARE || !better) {
                continue;
            }
            Optional<TaskRow> row = catalog.rowOf(p.chunk().path(), p.chunk().text());
            Optional<DocumentFacts> doc = catalog.document(p.chunk().path());
            if (row.isPresent() && doc.isPresent()) {
                DutyMatch m = new DutyMatch("", List.of(new DutyMatch.Found(row.get(), doc.get())), 0,
                        TaskAsk.of(question), "任务清单中的相关任务：");
                return Optional.of(Replies.withProse(DutyReply.of(m, progress), prose));
            }
            if (doc.isPresent()) {
                // a row of a scoring or results table ("考核指标：群众满意度，分值：12，评分标准：…"): quoted whole
                Reply quotedRow = Reply.withSources("“" + p.chunk().text() + "”[1]\n", List.of(p.citation()));
                return Optional.of(Replies.withProse(quotedRow, prose));
            }
        }
        return Optional.empty();
    }

    private Structured duty(String question, DutyMatch m, DocumentCatalog catalog, SearchResult result) {
        Reply reply = DutyReply.of(m, progress);
        if (m.subject().isEmpty() && m.title().isEmpty() && !result.passages().isEmpty()) {
            // found by the task's words: the prose may say more than the row ("政务讲堂每周五下午…"); a row found by
            // its number ("清单第5项") shares no words with the prose
            reply = Replies.withProse(reply, extractive.answer(question, result, catalog, true));
        }
        List<String> tasks = m.rows().stream().map(f -> f.row().task()).toList();
        boolean byPerson = m.rows().stream().allMatch(f -> f.row().owners().contains(m.subject()));
        List<String> owners = m.rows().get(0).row().owners();
        String person = byPerson ? m.subject() : tasks.size() == 1 && !owners.isEmpty() ? owners.get(0) : "";
        String ask = m.subject().isEmpty() ? "" : question.replace(m.subject(), "").replaceFirst("^的?(任务)?", "");
        return new Structured(reply, new Turn(question, m.subject(), person, tasks.size() == 1 ? tasks.get(0) : "",
                tasks, ask));
    }

    /** A list of a unit's tasks, as opposed to a person's tasks or one task's who/when. */
    private static boolean unitTaskList(DutyMatch m) {
        return !m.subject().isEmpty() && !m.ask().aboutATask()
                && m.rows().stream().noneMatch(f -> f.row().owners().contains(m.subject()));
    }
}
