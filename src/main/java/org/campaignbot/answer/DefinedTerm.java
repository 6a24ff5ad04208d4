package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.PerCatalog;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * "三个一工作法是啥": a term the documents put in quotes and define ("“三个一”工作法，就是每名县级领导每季度…",
 * "“三色预警”是指…") is answered by its defining sentence. Retrieval cannot tell “三个一” from “三个一线” — a handbook
 * defines the other, and shares every character the question has — so the defined terms are matched exactly: the
 * longest one the question holds is the one asked about.
 */
final class DefinedTerm {
    private static final Pattern ASKS = Pattern.compile("什么是|是什么|是啥|是个啥|指什么|指的是|指啥|什么意思|啥意思|怎么理解|咋理解|啥叫|什么叫");
    /** "“三个一”工作法，就是…": the term, what it is a kind of (工作法, 机制), and the defining word. */
    private static final Pattern DEFINES = Pattern.compile("“([^“”]{2,8})”(\\p{IsHan}{0,3}?)[，,]?(?:是指|就是(?!要)|即|指的是)");
    /** The term must be what is asked about: right before the ask ("三个一工作法是啥") or right after it ("什么是…"). */
    private static final String ASK_AFTER = "\\p{IsHan}{0,2}?(?:是啥|是什么|是个啥|指什么|指的是|指啥|什么意思|啥意思|怎么理解|咋理解)";
    private static final String ASK_BEFORE = "(?:什么是|啥叫|什么叫|怎么理解|咋理解)";

    private DefinedTerm() {
    }

    /** A defining sentence: the term with what it is a kind of ("三个一" + "工作法"), where it stands. */
    private record Definition(String term, String named, String sentence, DocumentFacts doc, Section section) {
    }

    /** Every defining sentence of the documents, found once per catalog, not on every question. */
    private static final PerCatalog<List<Definition>> DEFINITIONS = new PerCatalog<>(DefinedTerm::definitions);

    private static List<Definition> definitions(DocumentCatalog catalog) {
        List<Definition> out = new ArrayList<>();
        for (DocumentFacts doc : catalog.documents()) {
            for (Section s : doc.outline().flatten()) {
                for (String sentence : sentences(s)) {
                    Matcher m = DEFINES.matcher(sentence);
                    while (m.find()) {
                        out.add(new Definition(m.group(1), HalfWidth.of(m.group(1) + m.group(2)), sentence, doc, s));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    static Optional<Reply> answer(String question, DocumentCatalog catalog, List<Passage> ranked) {
        String q = HalfWidth.of(question).replaceAll("[“”\"]", "");
        if (!ASKS.matcher(q).find() || org.campaignbot.knowledge.search.ReasonQuestion.asks(q)) { // "图的是啥" asks why
            return Optional.empty();
        }
        List<Definition> defined = DEFINITIONS.of(catalog).stream()
                .filter(d -> q.contains(d.named()) && asksAbout(q, d.named())).toList();
        if (defined.isEmpty()) {
            return Optional.empty();
        }
        int longest = defined.stream().mapToInt(d -> d.term().length()).max().orElseThrow();
        // of the documents that define it, the one retrieval ranked first
        Definition best = defined.stream().filter(d -> d.term().length() == longest)
                .min(Comparator.comparingInt(d -> rank(d.doc(), ranked))).orElseThrow();
        // a handbook's answer is quoted whole: its definition and what follows it ("连续2个月排名后3位的…")
        List<String> quoted = org.campaignbot.knowledge.load.HeadingDetector.isQuestion(best.section().heading())
                ? best.section().body() : List.of(best.sentence());
        String text = "“" + String.join("", quoted) + "”[1]\n";
        String section = best.section().level() == 0 ? "" : best.section().path();
        return Optional.of(Reply.withSources(text, List.of(new Citation(best.doc().title(), section, String.join("", quoted)))));
    }

    private static boolean asksAbout(String q, String term) {
        String t = Pattern.quote(term);
        return Pattern.compile(t + ASK_AFTER + "|" + ASK_BEFORE + t).matcher(q).find();
    }

    private static List<String> sentences(Section s) {
        List<String> out = new ArrayList<>(s.body());
        if (s.level() > 0) {
            out.add(s.heading()); // "第三条 本方案所称基层一线干部，是指…": an article's heading is its sentence
        }
        return out;
    }

    /** The quoted terms a text defines: "“三色预警”是指…", "本方案所称“项目秘书”，是指…", "“三个一”工作法，就是…". */
    static java.util.Set<String> termsDefinedIn(String text) {
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        Matcher m = DEFINES.matcher(text);
        while (m.find()) {
            terms.add(m.group(1));
        }
        return terms;
    }

    private static int rank(DocumentFacts doc, List<Passage> ranked) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).chunk().path().equals(doc.path())) {
                return i;
            }
        }
        return ranked.size();
    }
}
