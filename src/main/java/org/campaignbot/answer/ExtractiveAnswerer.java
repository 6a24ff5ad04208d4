package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.answer.duty.DutyMatch;
import org.campaignbot.answer.duty.DutyReply;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.search.DocumentHint;
import org.campaignbot.knowledge.search.DocumentLevel;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.table.DutyParenthesis;
import org.campaignbot.knowledge.table.TaskAsk;
import org.campaignbot.knowledge.table.TaskRow;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;
import org.springframework.stereotype.Component;

/**
 * The default answerer, with no LLM: it quotes, word for word, the sentences of the top passages that best match the
 * question, and cites them. Sentences are scored by meaning (their stored bge vectors against the question's) plus
 * shared wording, so no model runs at answer time and a reply takes a few milliseconds.
 */
@Component
public class ExtractiveAnswerer {
    static final int MAX_QUOTE_CHARS = 300;
    /**
     * "查摆整改阶段要干些啥", "考核这块咋安排的": a question about what is to be done wants every item of a list the
     * best sentence announces ("重点抓好三件事。一是…；二是…；三是…。"), like a "哪些" question does.
     */
    private static final java.util.regex.Pattern WHAT_TO_DO = java.util.regex.Pattern.compile(
            "干些啥|干啥|干什么|做些什么|做什么|做啥|怎么做|如何做|怎么干|咋干|怎么弄|咋弄|怎么搞|咋搞|咋办|怎么办|怎么抓|如何抓|"
                    + "怎么安排|咋安排|如何安排|怎么开展|如何开展|怎么落实|如何落实|举措|措施|要求");
    /** "一刀切算哪一类问题", "属于什么情况": the kind a thing is listed under. */
    private static final java.util.regex.Pattern KIND_OF = java.util.regex.Pattern.compile(
            "哪一?类|属于(?:什么|啥|哪)|归(?:哪|什么|啥)|算(?:什么|啥|哪)");
    private static final int MAX_SENTENCES = 3;
    /**
     * Passages whose sentences are weighed: five, not three, because a long paragraph holding the answer ranks low
     * (BM25 normalises by length) while its one sentence matches best; passages far behind the best are cut anyway.
     */
    private static final int PASSAGES_CONSIDERED = 5;
    private static final int LIST_PASSAGES_CONSIDERED = 6;
    private static final double BARE_HEADING = 0.05;
    /** A sentence this much below the best one is not worth quoting beside it. */
    private static final double MARGIN = 0.06;

    /**
     * @param question the question as understood (follow-ups resolved)
     * @param catalog  to recognise a passage that is a task-table row, which is shown as a row, never in fragments
     */
    public Reply answer(String question, SearchResult result, DocumentCatalog catalog) {
        return answer(question, result, catalog, false);
    }

    /** @param proseOnly quote prose even when table rows rank first (the rows are being shown as a list already) */
    public Reply answer(String question, SearchResult result, DocumentCatalog catalog, boolean proseOnly) {
        Passage top = result.passages().get(0);
        Optional<TaskRow> row = top.chunk().row() ? catalog.rowOf(top.chunk().path(), top.chunk().text()) : Optional.empty();
        Optional<DocumentFacts> doc = catalog.document(top.chunk().path());
        boolean onlyRows = result.passages().stream().limit(PASSAGES_CONSIDERED).allMatch(p -> p.chunk().row());
        if (row.isPresent() && doc.isPresent() && onlyRows && !proseOnly) {
            DutyMatch match = new DutyMatch("", List.of(new DutyMatch.Found(row.get(), doc.get())), 0, TaskAsk.of(question));
            return DutyReply.of(match, r -> Optional.empty());
        }
        List<Candidate> chosen = Grounds.before(question, choose(question, result, catalog), result.passages());
        // "为什么要开展三抓三促": when the first quotation opens a part that gives its reasons as points, the points are
        // the rest of the answer, in their order, instead of whatever else scored well
        List<String> points = !WhyQuestion.asks(question) || chosen.isEmpty() ? List.of()
                : ReasonPoints.after(chosen.get(0).text(), result.passages().get(chosen.get(0).passage()), catalog);
        if (!points.isEmpty()) {
            chosen = List.of(chosen.get(0));
        }
        // passages in the order of their best sentence, so the quotation that answers comes first
        Map<Integer, Double> best = new HashMap<>();
        chosen.forEach(c -> best.merge(c.passage(), c.score(), Math::max));
        Map<Integer, List<Candidate>> byPassage = new LinkedHashMap<>();
        chosen.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -best.get(c.passage()))
                        .thenComparingInt(Candidate::passage).thenComparingInt(Candidate::position))
                .forEach(c -> byPassage.computeIfAbsent(c.passage(), k -> new ArrayList<>()).add(c));

        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (var group : byPassage.entrySet()) {
            Passage passage = result.passages().get(group.getKey());
            citations.add(passage.citation());
            // sentences next to each other form one quote; a gap starts a new one, so every quote is verbatim
            StringBuilder quote = new StringBuilder();
            Candidate previous = null;
            for (Candidate c : group.getValue()) {
                boolean adjacent = previous != null && c.position() == previous.position() + 1
                        && c.paragraph() == previous.paragraph();
                if (!adjacent && !quote.isEmpty()) {
                    appendQuote(text, quote, citations.size());
                    quote.setLength(0);
                }
                quote.append(c.text());
                previous = c;
            }
            appendQuote(text, quote, citations.size());
        }
        if (!points.isEmpty()) {
            Citation part = citations.get(0); // the points stand under the part the passage opens: cited with it
            citations.set(0, new Citation(part.source(), part.section(), part.text() + "\n" + String.join("\n", points)));
            points.forEach(point -> appendQuote(text, point, 1));
        }
        return Reply.withSources(text.toString(), citations);
    }

    private static void appendQuote(StringBuilder text, CharSequence quote, int citation) {
        text.append('“').append(quote).append("”[").append(citation).append("]\n");
    }

    private List<Candidate> choose(String question, SearchResult result, DocumentCatalog catalog) {
        List<Candidate> all = new ArrayList<>();
        List<Passage> passages = result.passages();
        ListQuestion list = ListQuestion.of(question);
        boolean why = WhyQuestion.asks(question);
        boolean characterised = Characterisation.asks(question);
        FiguresAsked figures = FiguresAsked.of(question);
        Set<String> questionGrams = RelevanceFloor.contentBigrams(result.query());
        double best = -1;
        int prose = 0;
        // "哪三项" is answered by the one sentence that lists three: worth looking further down the ranking for it
        int considered = list.count() > 1 ? LIST_PASSAGES_CONSIDERED : PASSAGES_CONSIDERED;
        // "讲话要求营造什么氛围", "推进会为啥要少开会少发文": a question that names a kind of document, or a document, is
        // quoted from it when one of its passages ranks among those weighed; the plans say much the same in other
        // words, but not what the speech said
        String kind = DocumentHint.statedKind(question);
        String level = DocumentLevel.of(question);
        java.util.function.Predicate<Passage> meant = p -> DocumentHint.ofKind(kind, p.chunk().title())
                && DocumentLevel.of(level, p.chunk().title())
                && (result.namedTitles().isEmpty() || result.namedTitles().contains(p.chunk().title()));
        boolean meantFound = passages.stream().limit(considered).anyMatch(p -> !p.chunk().row() && meant.test(p));
        for (int p = 0; p < passages.size() && prose < considered; p++) {
            Passage passage = passages.get(p);
            if (meantFound && !meant.test(passage)) {
                continue;
            }
            boolean row = passage.chunk().row();
            if (row && catalog.rowOf(passage.chunk().path(), passage.chunk().text()).isPresent()) {
                continue; // a task row beside prose is shown as a task (withTableFact), never quoted in fragments
            }
            prose++;
            best = best < 0 ? passage.score() : best;
            if (passage.score() < best * (list.count() > 1 ? 0.3 : 0.6)) {
                break; // far behind the best passage: quoting it would dilute the answer
            }
            List<Candidate> sentences = Candidate.of(p, passage);
            Set<Integer> asking = AskedAndAnswered.questionParagraphs(sentences);
            for (Candidate c : sentences) {
                if (SignOff.is(c.text()) || asking.contains(c.paragraph()) || DutyParenthesis.isDutyText(c.text())) {
                    // "xx市交通运输局", "2026年11月10日" under the last paragraph, "13.问：…？" answer nothing; a task's
                    // "（牵头单位：…；完成时限：…）" is shown as the task's columns, never quoted in fragments
                    continue;
                }
                int s = c.position();
                // a row of another kind of table (a scoring table) is one candidate, weighed as the whole row
                double meaning = !row && s < passage.sentenceVectors().size()
                        ? Embedder.dot(result.queryVector(), passage.sentenceVectors().get(s)) : passage.similarity();
                double wording = RelevanceFloor.share(questionGrams, c.text());
                // a bare heading ("二、聚焦重点任务,…") names a topic and answers nothing by itself
                double heading = Companions.isBareHeading(c.text()) ? BARE_HEADING : 0;
                double score = meaning + 0.25 * wording + list.bonus(c.text()) + WhyQuestion.bonus(why, c.text())
                        + Characterisation.bonus(characterised, c.text()) + figures.bonus(c.text()) - heading - 0.02 * p;
                all.add(new Candidate(p, s, c.paragraph(), c.text(), score));
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = why ? Companions.withReasonsAfter(Companions.withJudgementBefore(pickBest(all), passages), passages)
                : pickBest(all);
        if (KIND_OF.matcher(question).find()) {
            chosen = Companions.withItsHeading(chosen, passages);
        }
        chosen = TwoTopics.withEach(chosen, all, question);
        chosen = withKindAsked(chosen, all, HalfWidth.of(question));
        boolean wantsItems = list.asksForList() || WHAT_TO_DO.matcher(question).find();
        chosen = Companions.withClauseEnds(Companions.withBodies(
                wantsItems ? Companions.withEnumeration(chosen, passages) : chosen, passages, why, questionGrams,
                figures::holds), passages);
        if (why) {
            chosen = Companions.withPurposeAfter(chosen, passages);
        }
        if (Companions.HOW_IT_WORKS.matcher(question).find()) {
            chosen = Companions.withWorkings(chosen, passages);
        }
        return AskedAndAnswered.withWholeAnswer(chosen, passages, MAX_QUOTE_CHARS, p -> dataRowsUnder(catalog, p));
    }

    /** The rows, as sentences, of the tables other than task tables that stand right under the passage's heading. */
    private static List<String> dataRowsUnder(DocumentCatalog catalog, Passage passage) {
        return catalog.document(passage.chunk().path()).stream()
                .flatMap(d -> d.dataTables().stream())
                .filter(t -> t.section().equals(passage.chunk().section()))
                .flatMap(t -> t.table().rows().stream().map(r -> t.table().rowSentence(r)))
                .toList();
    }

    /**
     * "考核等次咋划的 几分算好几分算较差": the best sentence names the grades, the next one their points. When the
     * question asks for a kind of thing ({@link QuotedKind}: points, a day, an amount) that the chosen sentences lack,
     * the sentence right after the best one is quoted too when it holds it, rather than the reply being declined for
     * lacking it. Only that sentence: elsewhere a date or a name is as likely to be about something else.
     */
    private static List<Candidate> withKindAsked(List<Candidate> chosen, List<Candidate> all, String question) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        String quoted = String.join("", chosen.stream().map(Candidate::text).toList());
        List<java.util.regex.Pattern> lacking = QuotedKind.lacking(question, quoted);
        if (lacking.isEmpty()) {
            return chosen;
        }
        Candidate best = chosen.get(0);
        return all.stream()
                .filter(c -> c.passage() == best.passage() && c.position() == best.position() + 1
                        && c.paragraph() == best.paragraph() && quoted.length() + c.text().length() <= MAX_QUOTE_CHARS)
                .filter(c -> lacking.stream().allMatch(p -> p.matcher(c.text()).find()))
                .findFirst()
                .map(c -> {
                    List<Candidate> out = new ArrayList<>(chosen);
                    out.add(c);
                    return out;
                }).orElse(chosen);
    }

    private List<Candidate> pickBest(List<Candidate> all) {
        List<Candidate> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int chars = 0;
        for (Candidate c : all) {
            if (!seen.add(normalised(c.text()))) {
                continue; // the same sentence from an overlap or from a second copy of the document
            }
            boolean first = chosen.isEmpty();
            if (!first && (c.score() < all.get(0).score() - MARGIN || chosen.size() == MAX_SENTENCES
                    || chars + c.text().length() > MAX_QUOTE_CHARS)) {
                continue;
            }
            chosen.add(c);
            chars += c.text().length();
        }
        return chosen;
    }

    /** A sentence compared without width and spacing differences (a plan in .docx and in .pdf). */
    static String normalised(String sentence) {
        // a loop, not a regular expression: every candidate sentence of every reply is compared so
        String folded = HalfWidth.of(sentence);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (IGNORED_IN_COMPARISON.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Spacing (regex \s) and punctuation (ASCII's, regex \p{Punct}, and Chinese) that copies of a sentence differ in. */
    private static final String IGNORED_IN_COMPARISON = " \t\n\u000B\f\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’、。，；：？！…—《》（）";
}
