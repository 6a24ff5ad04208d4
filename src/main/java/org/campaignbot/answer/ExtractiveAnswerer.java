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
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.SentenceSplitter;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
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
    private static final int MAX_SENTENCES = 3;
    private static final int PASSAGES_CONSIDERED = 3;
    private static final int LIST_PASSAGES_CONSIDERED = 6;
    private static final double BARE_HEADING = 0.05;
    private static final int HEADING_SENTENCE = 40;
    /** A sentence this much below the best one is not worth quoting beside it. */
    private static final double MARGIN = 0.06;

    /** A sentence of a passage; {@code paragraph} tells quote runs not to join across a line break. */
    private record Candidate(int passage, int position, int paragraph, String text, double score) {
    }

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
        List<Candidate> chosen = choose(question, result, catalog);
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
        return Reply.withSources(text.toString(), citations);
    }

    /** The passage's sentences in order (the same order as its stored sentence vectors), unscored. */
    private static List<Candidate> sentences(int passageRank, Passage passage) {
        List<Candidate> out = new ArrayList<>();
        String[] paragraphs = passage.chunk().text().split("\n");
        for (int para = 0; para < paragraphs.length; para++) {
            for (String sentence : SentenceSplitter.split(paragraphs[para])) {
                out.add(new Candidate(passageRank, out.size(), para, sentence, 0));
            }
        }
        return out;
    }

    private static void appendQuote(StringBuilder text, CharSequence quote, int citation) {
        text.append('“').append(quote).append("”[").append(citation).append("]\n");
    }

    private List<Candidate> choose(String question, SearchResult result, DocumentCatalog catalog) {
        List<Candidate> all = new ArrayList<>();
        List<Passage> passages = result.passages();
        ListQuestion list = ListQuestion.of(question);
        boolean why = WhyQuestion.asks(question);
        Set<String> questionGrams = RelevanceFloor.contentBigrams(result.query());
        double best = -1;
        int prose = 0;
        // "哪三项" is answered by the one sentence that lists three: worth looking further down the ranking for it
        int considered = list.count() > 1 ? LIST_PASSAGES_CONSIDERED : PASSAGES_CONSIDERED;
        for (int p = 0; p < passages.size() && prose < considered; p++) {
            Passage passage = passages.get(p);
            if (passage.chunk().row()) {
                continue; // a table row beside prose: its cells are not sentences to quote
            }
            prose++;
            best = best < 0 ? passage.score() : best;
            if (passage.score() < best * (list.count() > 1 ? 0.3 : 0.6)) {
                break; // far behind the best passage: quoting it would dilute the answer
            }
            List<Candidate> sentences = sentences(p, passage);
            for (Candidate c : sentences) {
                int s = c.position();
                double meaning = s < passage.sentenceVectors().size()
                        ? Embedder.dot(result.queryVector(), passage.sentenceVectors().get(s)) : passage.similarity();
                double wording = RelevanceFloor.share(questionGrams, c.text());
                // a bare heading ("二、聚焦重点任务,…") names a topic and answers nothing by itself
                double heading = isBareHeading(c.text()) ? BARE_HEADING : 0;
                double score = meaning + 0.25 * wording + list.bonus(c.text()) + WhyQuestion.bonus(why, c.text())
                        - heading - 0.02 * p;
                all.add(new Candidate(p, s, c.paragraph(), c.text(), score));
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = pickBest(all);
        boolean wantsItems = list.asksForList() || WHAT_TO_DO.matcher(question).find();
        return withClauseEnds(withBodies(wantsItems ? withEnumeration(chosen, passages) : chosen, passages, why,
                questionGrams), passages);
    }

    /**
     * A quoted clause that ends with a semicolon is half a sentence ("…约谈主要负责同志；" before "对排名前三位的…"): the
     * clauses up to the sentence's end are quoted with it, within the length limit.
     */
    private static List<Candidate> withClauseEnds(List<Candidate> chosen, List<Passage> passages) {
        List<Candidate> out = new ArrayList<>();
        int chars = chosen.stream().mapToInt(c -> c.text().length()).sum();
        for (Candidate c : chosen) {
            out.add(c);
            List<Candidate> sentences = null;
            Candidate last = c;
            while (last.text().endsWith("；") || last.text().endsWith(";")) {
                sentences = sentences == null ? sentences(c.passage(), passages.get(c.passage())) : sentences;
                int next = last.position() + 1;
                Candidate following = next < sentences.size() ? sentences.get(next) : null;
                if (following == null || following.paragraph() != last.paragraph()
                        || chars + following.text().length() > MAX_QUOTE_CHARS || contains(chosen, following)
                        || contains(out, following)) {
                    break;
                }
                last = new Candidate(c.passage(), next, following.paragraph(), following.text(), c.score());
                out.add(last);
                chars += following.text().length();
            }
        }
        return out;
    }

    private static boolean contains(List<Candidate> candidates, Candidate c) {
        return candidates.stream().anyMatch(o -> o.passage() == c.passage() && o.position() == c.position());
    }

    /**
     * "前一阶段取得了哪些成效": the sentence that matches best announces a list ("…取得了阶段性成效。") and the items follow
     * as "一是…。二是…。三是…。" or "有的…；有的…；", whose words the question does not share. The items' sentences are
     * quoted with it, in order, within the length limit, before anything else chosen.
     */
    private static List<Candidate> withEnumeration(List<Candidate> chosen, List<Passage> passages) {
        // the first chosen sentence that announces or belongs to a list: the best one may be a sentence elsewhere
        // that only mentions the topic ("…分析存在的问题" in an opening, before "我们也要清醒看到存在的问题。有的…")
        for (Candidate announcing : chosen) {
            Candidate lead = announcing;
            List<Candidate> sentences = sentences(lead.passage(), passages.get(lead.passage()));
            if (isBareHeading(lead.text()) && lead.position() + 1 < sentences.size()) {
                lead = sentences.get(lead.position() + 1); // a heading introduces the sentence that announces the list
            }
            List<Candidate> items = Enumeration.itemsAround(sentences.stream().map(Candidate::text).toList(),
                    lead.position()).stream().map(sentences::get).toList();
            if (!items.isEmpty()) {
                return withItems(chosen, announcing, lead, items);
            }
        }
        return chosen;
    }

    /** The chosen sentences with {@code lead}'s list items after {@code announcing}, within the length limit. */
    private static List<Candidate> withItems(List<Candidate> chosen, Candidate announcing, Candidate lead,
                                             List<Candidate> items) {
        List<Candidate> out = new ArrayList<>(List.of(announcing));
        int chars = announcing.text().length();
        if (lead != announcing) {
            out.add(new Candidate(lead.passage(), lead.position(), lead.paragraph(), lead.text(), announcing.score()));
            chars += lead.text().length();
        }
        for (Candidate item : items) {
            if (item.position() != lead.position() && chars + item.text().length() <= MAX_QUOTE_CHARS) {
                out.add(new Candidate(item.passage(), item.position(), item.paragraph(), item.text(), lead.score()));
                chars += item.text().length();
            }
        }
        for (Candidate c : chosen) {
            boolean taken = out.stream().anyMatch(o -> o.passage() == c.passage() && o.position() == c.position());
            if (!taken && chars + c.text().length() <= MAX_QUOTE_CHARS) {
                out.add(c);
                chars += c.text().length();
            }
        }
        return out;
    }

    /** A bare heading ("二、聚焦重点任务,…") names a topic and answers nothing by itself. */
    private static boolean isBareHeading(String sentence) {
        return HeadingDetector.headingLevel(sentence) > 0 && sentence.length() <= HEADING_SENTENCE
                && !sentence.matches(".*[。！？；!?;]$");
    }

    /** The question's bigrams that a text (a heading) does not hold. */
    static Set<String> beyond(Set<String> questionGrams, String text) {
        Set<String> rest = new HashSet<>(questionGrams);
        rest.removeIf(text::contains);
        return rest;
    }

    /**
     * Of the sentences under a heading (up to the next heading), the one holding most of {@code rest}, the words the
     * question asks beyond the heading; the one right after the heading when none holds more than it.
     */
    static int pointedTo(List<String> sentences, int heading, Set<String> rest) {
        int best = heading + 1;
        double bestShare = best < sentences.size() ? RelevanceFloor.share(rest, sentences.get(best)) : 0;
        for (int i = heading + 2; i < sentences.size() && HeadingDetector.headingLevel(sentences.get(i)) == 0; i++) {
            double share = RelevanceFloor.share(rest, sentences.get(i));
            if (share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        return best;
    }

    /** A list item this short only names its point. */
    private static final int ITEM_SENTENCE = 16;

    /**
     * Adds the sentence after a short list item when it is that item's detail (in the same paragraph, not the next
     * item) and fits; returns the characters added.
     */
    private static int withDetail(List<Candidate> out, Candidate item, List<Candidate> sentences, int chars) {
        int next = item.position() + 1;
        if (next >= sentences.size()) {
            return 0;
        }
        Candidate detail = sentences.get(next);
        boolean taken = out.stream().anyMatch(o -> o.passage() == item.passage() && o.position() == next);
        if (taken || detail.paragraph() != item.paragraph() || Enumeration.kindOf(detail.text()) >= 0
                || chars + detail.text().length() > MAX_QUOTE_CHARS) {
            return 0;
        }
        out.add(new Candidate(item.passage(), next, detail.paragraph(), detail.text(), item.score()));
        return detail.text().length();
    }

    /** The first sentence after the heading that gives a reason, or the one right after it when none does. */
    private static int firstReason(List<Candidate> sentences, int heading) {
        for (int i = heading + 1; i < sentences.size(); i++) {
            if (WhyQuestion.bonus(true, sentences.get(i).text()) > 0) {
                return i;
            }
        }
        return heading + 1;
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

    /**
     * A heading sentence ("3.创新学习方式。", "第二,抓执行促落实。") names a topic but does not answer; when one is chosen,
     * the sentence after it, which carries the substance, is quoted with it. For a "why" question it is the first
     * sentence under a topic heading that gives a reason ("为什么要搞督查问效" → "…确保各项任务不打折扣地落实到位。"),
     * when there is one: the sentence after a topic heading says what to do, rarely why. A question that names the
     * heading's topic and something more ("在学深悟透上下功夫，对中心组和领导干部分别咋要求") gets the sentence under the
     * heading that holds most of that something more, when one does.
     */
    private static List<Candidate> withBodies(List<Candidate> chosen, List<Passage> passages, boolean why,
                                              Set<String> questionGrams) {
        List<Candidate> out = new ArrayList<>(chosen);
        int chars = chosen.stream().mapToInt(c -> c.text().length()).sum();
        for (Candidate c : chosen) {
            // a short list item ("一是学习热潮持续掀起。") names a point as a heading does; its details follow it
            boolean item = Enumeration.kindOf(c.text()) >= 0 && c.text().length() <= ITEM_SENTENCE;
            if (item) {
                chars += withDetail(out, c, sentences(c.passage(), passages.get(c.passage())), chars);
                continue;
            }
            if (HeadingDetector.headingLevel(c.text()) == 0 || c.text().length() > HEADING_SENTENCE) {
                continue;
            }
            List<Candidate> sentences = sentences(c.passage(), passages.get(c.passage()));
            // a heading that is itself a reason ("第二,开展行动是推动高质量发展的迫切需要。") is explained by what follows it
            boolean topicOnly = WhyQuestion.bonus(true, c.text()) == 0;
            int next = why && topicOnly ? firstReason(sentences, c.position())
                    : pointedTo(sentences.stream().map(Candidate::text).toList(), c.position(), beyond(questionGrams, c.text()));
            boolean taken = out.stream().anyMatch(o -> o.passage() == c.passage() && o.position() == next
                    || next < sentences.size() && normalised(o.text()).equals(normalised(sentences.get(next).text())));
            if (next < sentences.size() && !taken && chars + sentences.get(next).text().length() <= MAX_QUOTE_CHARS) {
                Candidate body = sentences.get(next);
                Candidate added = new Candidate(c.passage(), next, body.paragraph(), body.text(), c.score());
                out.add(added);
                chars += body.text().length();
                if (Enumeration.kindOf(body.text()) >= 0 && body.text().length() <= ITEM_SENTENCE) {
                    chars += withDetail(out, added, sentences, chars); // the heading's first point, and its detail
                }
            }
        }
        return out;
    }
}
