package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;

/**
 * What is quoted beside the sentences chosen for an answer, so that each quotation says something whole: the rest of
 * a sentence cut at a semicolon, the items of a list a chosen sentence announces, the sentence under a bare heading,
 * the detail after a short list item.
 */
final class Companions {
    private static final int MAX_QUOTE_CHARS = ExtractiveAnswerer.MAX_QUOTE_CHARS;
    /** A heading sentence this short names a topic and no more. */
    private static final int HEADING_SENTENCE = 40;

    private Companions() {
    }

    /**
     * A quoted clause that ends with a semicolon is half a sentence ("…约谈主要负责同志；" before "对排名前三位的…"): the
     * clauses up to the sentence's end are quoted with it, within the length limit.
     */
    static List<Candidate> withClauseEnds(List<Candidate> chosen, List<Passage> passages) {
        List<Candidate> out = new ArrayList<>();
        int chars = chosen.stream().mapToInt(c -> c.text().length()).sum();
        for (Candidate c : chosen) {
            out.add(c);
            List<Candidate> sentences = null;
            Candidate last = c;
            while (last.text().endsWith("；") || last.text().endsWith(";")) {
                sentences = sentences == null ? Candidate.of(c.passage(), passages.get(c.passage())) : sentences;
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
    static List<Candidate> withEnumeration(List<Candidate> chosen, List<Passage> passages) {
        // the first chosen sentence that announces or belongs to a list: the best one may be a sentence elsewhere
        // that only mentions the topic ("…分析存在的问题" in an opening, before "我们也要清醒看到存在的问题。有的…")
        for (Candidate announcing : chosen) {
            Candidate lead = announcing;
            List<Candidate> sentences = Candidate.of(lead.passage(), passages.get(lead.passage()));
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
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(".*[。！？；!?;]$");

    static boolean isBareHeading(String sentence) {
        return HeadingDetector.headingLevel(sentence) > 0 && sentence.length() <= HEADING_SENTENCE
                && !SENTENCE_END.matcher(sentence).matches();
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

    /** A sentence that opens by saying it gives the reasons: "究其原因，一是…", "原因在于…", "之所以…". */
    private static final java.util.regex.Pattern REASONS_FOLLOW = java.util.regex.Pattern.compile(
            "^(?:究其原因|原因(?:在于|是|主要|有)|主要原因|之所以|根源在于)");

    /**
     * "这些问题根子在哪 为啥会出": the best sentence judges ("根子在领导班子。") and the sentence after it gives the
     * reasons ("究其原因，一是…二是…"): that sentence is quoted after it.
     */
    static List<Candidate> withReasonsAfter(List<Candidate> chosen, List<Passage> passages) {
        return withNeighbour(chosen, passages, 1, s -> REASONS_FOLLOW.matcher(s).find());
    }

    /**
     * "推进会为啥要求领导干部带头转作风": the sentence that matches best states the requirement, and the reason for it is
     * the short judgement opening the paragraph ("作风是行动成败的关键。"). When the best sentence gives no reason, the
     * judgement right before it in its paragraph is quoted with it.
     */
    static List<Candidate> withJudgementBefore(List<Candidate> chosen, List<Passage> passages) {
        if (chosen.isEmpty() || WhyQuestion.bonus(true, chosen.get(0).text()) > 0) {
            return chosen;
        }
        return withNeighbour(chosen, passages, -1, WhyQuestion::judges);
    }

    /** "联席会议制度怎么运作", "岗位大练兵是咋搞的": how something works, which the sentences after its first one tell. */
    static final java.util.regex.Pattern HOW_IT_WORKS = java.util.regex.Pattern.compile(
            "(?:怎么|如何|咋)(?:运作|运转|运行)|(?:怎么|咋)搞的|(?:怎么|咋)做的|(?:怎么|咋)弄的|怎么操作|咋操作");

    /**
     * "重点项目要素保障联席会议制度怎么运作": the best sentence sets the mechanism up ("建立…联席会议制度，由…召集…。")
     * and the sentences after it in its paragraph say how it works ("每月召开1次…", "5个工作日内回复…"). They are quoted
     * after it, in order, while the reply stays short.
     */
    static List<Candidate> withWorkings(List<Candidate> chosen, List<Passage> passages) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        Candidate best = chosen.get(0);
        List<Candidate> sentences = Candidate.of(best.passage(), passages.get(best.passage()));
        List<Candidate> out = new ArrayList<>(chosen);
        int chars = chosen.stream().mapToInt(c -> c.text().length()).sum();
        for (int at = best.position() + 1; at < sentences.size(); at++) {
            Candidate next = sentences.get(at);
            if (next.paragraph() != best.paragraph() || chars + next.text().length() > MAX_QUOTE_CHARS) {
                break;
            }
            if (!contains(out, next)) {
                out.add(new Candidate(best.passage(), at, next.paragraph(), next.text(), best.score()));
                chars += next.text().length();
            }
        }
        return out;
    }

    /**
     * "为啥要清理工作群": the best sentence says what is to be done ("…对工作群进行一次集中清理，…；除上级…。") and the
     * sentence right after it, in its paragraph, states what for ("目的是让基层干部从…解脱出来"). When the best sentence
     * gives no reason, that sentence is quoted after the run of chosen sentences it follows.
     */
    static List<Candidate> withPurposeAfter(List<Candidate> chosen, List<Passage> passages) {
        if (chosen.isEmpty() || WhyQuestion.bonus(true, chosen.get(0).text()) > 0) {
            return chosen;
        }
        Candidate best = chosen.get(0);
        List<Candidate> sentences = Candidate.of(best.passage(), passages.get(best.passage()));
        int end = best.position();
        while (end + 1 < sentences.size() && contains(chosen, sentences.get(end + 1))) {
            end++;
        }
        int at = end + 1;
        int chars = chosen.stream().mapToInt(c -> c.text().length()).sum();
        if (at >= sentences.size() || sentences.get(at).paragraph() != best.paragraph()
                || !WhyQuestion.opensWithPurpose(sentences.get(at).text())
                || chars + sentences.get(at).text().length() > MAX_QUOTE_CHARS) {
            return chosen;
        }
        List<Candidate> out = new ArrayList<>(chosen);
        Candidate purpose = sentences.get(at);
        out.add(new Candidate(best.passage(), at, purpose.paragraph(), purpose.text(), best.score()));
        return out;
    }

    /**
     * The chosen sentences with the best one's neighbour ({@code offset} -1: the sentence before it, 1: after it) quoted
     * second, when it stands in the same paragraph, is {@code wanted} and fits the length limit.
     */
    static List<Candidate> withNeighbour(List<Candidate> chosen, List<Passage> passages, int offset,
                                                 java.util.function.Predicate<String> wanted) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        Candidate best = chosen.get(0);
        List<Candidate> sentences = Candidate.of(best.passage(), passages.get(best.passage()));
        int at = best.position() + offset;
        if (at < 0 || at >= sentences.size() || sentences.get(at).paragraph() != best.paragraph()
                || contains(chosen, sentences.get(at)) || !wanted.test(sentences.get(at).text())
                || chosen.stream().mapToInt(c -> c.text().length()).sum() + sentences.get(at).text().length() > MAX_QUOTE_CHARS) {
            return chosen;
        }
        List<Candidate> out = new ArrayList<>(chosen);
        Candidate neighbour = sentences.get(at);
        out.add(1, new Candidate(best.passage(), at, neighbour.paragraph(), neighbour.text(), best.score()));
        return out;
    }

    /**
     * "一刀切算哪一类问题": the kind a thing belongs to is the heading it is listed under ("2.执法不规范。"), not the
     * sentence that names it. The heading opening the best sentence's passage is quoted before it.
     */
    static List<Candidate> withItsHeading(List<Candidate> chosen, List<Passage> passages) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        Candidate best = chosen.get(0);
        List<Candidate> sentences = Candidate.of(best.passage(), passages.get(best.passage()));
        String first = sentences.isEmpty() ? "" : sentences.get(0).text();
        if (best.position() == 0 || HeadingDetector.headingLevel(first) == 0 || first.length() > HEADING_SENTENCE
                || contains(chosen, sentences.get(0))) {
            return chosen;
        }
        List<Candidate> out = new ArrayList<>(chosen);
        Candidate heading = sentences.get(0);
        out.add(1, new Candidate(best.passage(), 0, heading.paragraph(), heading.text(), best.score()));
        return out;
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

    /**
     * A heading sentence ("3.创新学习方式。", "第二,抓执行促落实。") names a topic but does not answer; when one is chosen,
     * the sentence after it, which carries the substance, is quoted with it. For a "why" question it is the first
     * sentence under a topic heading that gives a reason ("为什么要搞督查问效" → "…确保各项任务不打折扣地落实到位。"),
     * when there is one: the sentence after a topic heading says what to do, rarely why. A question that names the
     * heading's topic and something more ("在学深悟透上下功夫，对中心组和领导干部分别咋要求") gets the sentence under the
     * heading that holds most of that something more, when one does.
     */
    static List<Candidate> withBodies(List<Candidate> chosen, List<Passage> passages, boolean why,
                                              Set<String> questionGrams) {
        return withBodies(chosen, passages, why, questionGrams, sentence -> true);
    }

    /**
     * @param holdsAsked whether a sentence holds the kind of thing asked for (a frequency, progress figures): when the
     *                   body sentence under a heading does not and the one after it does, that one is quoted too
     *                   ("台账里的任务办得咋样了": "共纳入重点任务142项。" then "截至2月底，已办结39项…")
     */
    static List<Candidate> withBodies(List<Candidate> chosen, List<Passage> passages, boolean why,
                                      Set<String> questionGrams, java.util.function.Predicate<String> holdsAsked) {
        List<Candidate> out = new ArrayList<>(chosen);
        int chars = chosen.stream().mapToInt(c -> c.text().length()).sum();
        for (Candidate c : chosen) {
            // a short list item ("一是学习热潮持续掀起。") names a point as a heading does; its details follow it
            boolean item = Enumeration.kindOf(c.text()) >= 0 && c.text().length() <= ITEM_SENTENCE;
            if (item) {
                chars += withDetail(out, c, Candidate.of(c.passage(), passages.get(c.passage())), chars);
                continue;
            }
            if (HeadingDetector.headingLevel(c.text()) == 0 || c.text().length() > HEADING_SENTENCE) {
                continue;
            }
            List<Candidate> sentences = Candidate.of(c.passage(), passages.get(c.passage()));
            // a heading that is itself a reason ("第二,开展行动是推动高质量发展的迫切需要。") is explained by what follows it
            boolean topicOnly = WhyQuestion.bonus(true, c.text()) == 0;
            int next = why && topicOnly ? firstReason(sentences, c.position())
                    : pointedTo(sentences.stream().map(Candidate::text).toList(), c.position(), beyond(questionGrams, c.text()));
            boolean taken = out.stream().anyMatch(o -> o.passage() == c.passage() && o.position() == next
                    || next < sentences.size() && ExtractiveAnswerer.normalised(o.text()).equals(ExtractiveAnswerer.normalised(sentences.get(next).text())));
            if (next < sentences.size() && !taken && chars + sentences.get(next).text().length() <= MAX_QUOTE_CHARS) {
                Candidate body = sentences.get(next);
                Candidate added = new Candidate(c.passage(), next, body.paragraph(), body.text(), c.score());
                out.add(added);
                chars += body.text().length();
                if (Enumeration.kindOf(body.text()) >= 0 && body.text().length() <= ITEM_SENTENCE) {
                    chars += withDetail(out, added, sentences, chars); // the heading's first point, and its detail
                }
            }
            int after = next + 1;
            boolean bodyQuoted = out.stream().anyMatch(o -> o.passage() == c.passage() && o.position() == next);
            if (bodyQuoted && after < sentences.size() && !holdsAsked.test(sentences.get(next).text())
                    && holdsAsked.test(sentences.get(after).text())
                    && out.stream().noneMatch(o -> o.passage() == c.passage() && o.position() == after)
                    && chars + sentences.get(after).text().length() <= MAX_QUOTE_CHARS) {
                Candidate figures = sentences.get(after);
                out.add(new Candidate(c.passage(), after, figures.paragraph(), figures.text(), c.score()));
                chars += figures.text().length();
            }
        }
        return out;
    }
}
