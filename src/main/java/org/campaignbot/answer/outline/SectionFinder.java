package org.campaignbot.answer.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.Colloquial;
import org.campaignbot.knowledge.search.DocumentLevel;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;

/**
 * Finds the part of a document that a broad question is about, from the documents' heading trees:
 * <ul>
 *   <li>by heading: the question contains the key words of a heading ("抓学习促提升有哪些要求" → （一）抓学习促提升);
 *       the key of a long heading is its first clause ("统一思想认识");
 *   <li>by number: "第三部分讲了什么" → the third top-level part;
 *   <li>the whole document: "讲话讲了几点" → its top-level parts.
 * </ul>
 * When several documents have a matching part, the one whose passages retrieval ranked higher wins, unless the
 * question names the kind of document (讲话 / 方案).
 */
public final class SectionFinder {
    /** Share of a heading key's characters the question must contain to be about that heading. */
    static final double KEY_SHARE = 0.65;
    /** Topic bigrams of the question left over after the heading's: more than this means a narrower question. */
    private static final int MAX_LEFTOVER = 2;
    /** The ending words ({@link SectionAsk#ENDING_WORDS}), not the last part as a whole ("最后一部分讲了什么"). */
    private static final Pattern ENDING = Pattern.compile(SectionAsk.ENDING_WORDS);
    /** How many sentences of a part's end answer "结尾说了什么". */
    private static final int ENDING_SENTENCES = 2;
    /** A count of parts in an opening sentence: 三个阶段, 两个方面, 四个环节, 三件事. */
    private static final Pattern ANNOUNCED = Pattern.compile("([一二两三四五六七八九十])(?:个|件|类|项|条)?(阶段|方面|步骤|环节|步|事|类|项|条)");
    /** How far down the ranking a passage announcing the parts asked for is looked for. */
    private static final int ANNOUNCING_DEPTH = 3;
    /** Documents of one kind answered together when the question cannot tell them apart: the first and two 另见. */
    private static final int MAX_SAME_KIND = 3;

    /** Words every kind of plan's title may carry: they name no particular document. */
    private static final Set<String> GENERIC_TITLE_WORDS = Set.of("工作", "实施", "行动", "方案", "开展", "关于", "通知",
            "意见", "部署", "会议", "三抓", "抓三", "三促", "示例");

    private SectionFinder() {
    }

    /** The best match, as {@link #findAll} without the other documents' matches. */
    public static Optional<SectionMatch> find(String question, DocumentCatalog catalog, List<Passage> ranked) {
        List<SectionMatch> all = findAll(question, catalog, ranked);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The part of a document the question asks about, first; then the same part in other documents when they match
     * as well as it does (two plans both have 保障措施), so the reply can point to them too.
     */
    public static List<SectionMatch> findAll(String question, DocumentCatalog catalog, List<Passage> ranked) {
        return findAll(question, catalog, ranked, true, Set.of());
    }

    /**
     * @param relevant whether retrieval found passages that clear the relevance floor: a part introduced by the best
     *                 passage is only answered then ("乡村振兴有哪些重点任务" must not list the speech's 重点任务)
     * @param named    the documents retrieval took the question to name ({@link
     *                 org.campaignbot.knowledge.search.SearchResult#namedTitles}): "市里实施方案第一部分" is the campaign's
     *                 实施方案, not the 组织部's training 实施方案, although both are city documents of that kind
     */
    public static List<SectionMatch> findAll(String question, DocumentCatalog catalog, List<Passage> ranked,
                                             boolean relevant, Set<String> named) {
        // in the documents' words, as headings are written: 考法 → 考核方式, 县里 → 县
        String q = Colloquial.formal(HalfWidth.of(question));
        SectionAsk ask = SectionAsk.of(q);
        if (!ask.outline() && !ask.broad()) {
            return List.of();
        }
        List<DocumentFacts> docs = partsFirst(candidates(q, DocumentLevel.of(question), catalog, ask, ranked, named), ask);
        if (docs.isEmpty()) {
            return List.of();
        }
        Optional<SectionMatch> lead = LeadParagraph.find(q, docs);
        if (lead.isPresent()) {
            return List.of(lead.get()); // "纪要会议强调那段": the paragraph its lead words name
        }
        Set<String> topic = RelevanceFloor.contentBigrams(SectionAsk.topicWords(q));
        List<String> runs = RelevanceFloor.contentRuns(SectionAsk.topicWords(q));
        List<SectionMatch> byHeading = byHeading(q, runs, catalog, docs);
        if (ask.outline() && ask.ordinal() == 0 && !topic.isEmpty()
                && onlyDocumentWords(topic, docs.get(0), Headings.of(catalog, docs.get(0)))) {
            // "百千万培训方案一共几章": the words name the document, and the article that defines 百千万培训 as well; the
            // ask is for the document's parts. A heading that mostly repeats the title is not the part asked for
            // ("整治通知最后的工作要求一共几条": 工作要求 is)
            byHeading = byHeading.stream().filter(m -> !repeatsTitle(m)).toList();
        }
        if (!byHeading.isEmpty()) {
            SectionMatch best = preferProse(byHeading);
            if (!fits(best, ask)) {
                return List.of(); // "统一思想认识那块要增强哪两种感": not its three parts, but two things it names
            }
            // "讲话第二部分的重点任务": the number names the part the heading already found
            boolean numbered = ask.ordinal() > 0 && best.section().level() > 1;
            Optional<SectionMatch> kind = numbered ? Optional.empty() : partsOfKindAsked(best, q);
            if (kind.isPresent()) {
                return List.of(kind.get()); // "分几个阶段推进" found "（二）攻坚推进阶段": the question asks for all three
            }
            List<SectionMatch> out = new ArrayList<>(List.of(numbered ? part(best, ask) : best));
            byHeading.stream().filter(m -> m != best).forEach(out::add);
            return out;
        }
        // "三个下功夫是哪三个" counts the parts; "要清醒看到哪几个差距" names their kind only
        Optional<SectionMatch> shared = ask.outline() && ask.count() >= 2 ? SharedWordParts.find(runs, ask.count(), docs)
                : SharedWordParts.find(q, docs);
        if (shared.isPresent()) {
            return List.of(shared.get()); // "三个下功夫是哪三个": the part whose three sub-headings say 下功夫
        }
        Optional<SectionMatch> listed = KindList.find(q, docs);
        if (listed.isPresent()) {
            return List.of(listed.get()); // "上半年存在哪几方面问题": the list a paragraph announces as problems
        }
        if (!topic.isEmpty() && !onlyDocumentWords(topic, docs.get(0), Headings.of(catalog, docs.get(0)))) {
            if (ENDING.matcher(q).find() && ask.ordinal() == SectionAsk.LAST_PART) {
                // "讲话结尾说要以优异成绩迎接什么": of the documents it may mean, the one whose ending says it
                return docs.stream().filter(d -> !d.outline().children().isEmpty())
                        .map(d -> ending(child(new SectionMatch(d, d.outline()), SectionAsk.LAST_PART)))
                        .max(Comparator.comparingDouble((SectionMatch m) ->
                                RelevanceFloor.share(topic, HalfWidth.of(String.join("", m.section().body())))))
                        .map(List::of).orElse(List.of());
            }
            Section whole = docs.get(0).outline();
            if (ask.ordinal() > 0 && (ask.ordinal() <= whole.children().size() || ask.ordinal() >= SectionAsk.OPENING_PART)) {
                // "第四部分里把三抓三促定位成了什么": the number says where to look, the rest what to look for there
                // and a sub-part of it named by a few of its heading's words ("第一块里 提升群众幸福感那条")
                return List.of(ChildByTopic.of(part(new SectionMatch(docs.get(0), whole), ask), topic));
            }
            // asks about something no heading names: a job for passage retrieval, unless it asks for the parts of
            // what the best passage introduces ("下一阶段要在哪几个方面下功夫" → "…在三个方面下功夫。" and its （一）（二）（三）)
            if (!ask.outline() || !relevant) {
                return List.of();
            }
            return introducedParts(ranked, docs).filter(m -> fits(m, ask))
                    .or(() -> announcedParts(ranked, docs, q)).map(List::of).orElse(List.of());
        }
        if (ask.outline() && relevant) {
            // "专项整治分几个阶段" names only the document, but the best passage announces the parts it asks for
            // ("专项整治分三个阶段进行" over （一）（二）（三）)
            Optional<SectionMatch> announced = announcedParts(ranked, docs, q);
            if (announced.isPresent()) {
                return List.of(announced.get());
            }
        }
        // "方案主要有哪些内容", "讲话的要点": a broad question about nothing but the document is about its outline
        boolean aboutDocument = ask.outline() || topic.isEmpty() && !ask.document().isEmpty();
        if (ask.ordinal() == 0 && !aboutDocument) {
            return List.of();
        }
        List<SectionMatch> out = new ArrayList<>();
        for (DocumentFacts doc : sameKind(docs, ask)) {
            SectionMatch whole = new SectionMatch(doc, doc.outline());
            out.add(ask.ordinal() > 0 ? part(whole, ask) : whole);
        }
        return out;
    }

    /**
     * "第四部分里把三抓三促定位成了什么": a part numbered as a whole is one of a document's 一、二、三 parts; documents
     * whose top level is such parts come first, before minutes whose top level is numbered items (1. 2. … 10.), which
     * "第四部分" does not mean. The order among each kind stays.
     */
    private static List<DocumentFacts> partsFirst(List<DocumentFacts> docs, SectionAsk ask) {
        if (!ask.part() || docs.size() < 2) {
            return docs;
        }
        List<DocumentFacts> out = new ArrayList<>(docs);
        out.sort(Comparator.comparingInt((DocumentFacts d) -> inParts(d) ? 0 : 1));
        return out;
    }

    private static boolean inParts(DocumentFacts d) {
        List<Section> top = d.outline().children();
        return !top.isEmpty() && top.get(0).level() == 1;
    }

    /**
     * The documents a question about "the speech" as a whole may mean. With one speech that is it; with two (the
     * mobilisation speech and a later one), "讲话讲了几点" names neither, so the best-ranked is answered and the other
     * is pointed to ("另见"), unless the question's own count picks one ("讲话的四点意见" → the speech in four parts).
     * A question that names no kind of document is answered from the best-ranked document alone.
     */
    private static List<DocumentFacts> sameKind(List<DocumentFacts> docs, SectionAsk ask) {
        if (ask.document().isEmpty() || docs.size() == 1) {
            return docs.subList(0, 1);
        }
        if (ask.count() > 0) {
            List<DocumentFacts> counted = docs.stream()
                    .filter(d -> d.outline().children().size() == ask.count()).toList();
            if (!counted.isEmpty()) {
                return counted.subList(0, 1);
            }
        }
        return docs.subList(0, Math.min(docs.size(), MAX_SAME_KIND));
    }

    /**
     * Of equally good matches in several documents, a part written as prose (the speech's requirements) answers
     * "有哪些要求" better than a list of sub-headings (the plan's task headings); otherwise the better-ranked one.
     */
    private static SectionMatch preferProse(List<SectionMatch> matches) {
        return matches.stream().filter(m -> m.section().children().isEmpty() && !m.section().body().isEmpty())
                .findFirst().orElse(matches.get(0));
    }

    /**
     * The section whose own opening words rank first, when it has sub-parts: those are the parts a "哪几个方面" question
     * wants, although their headings share no words with it.
     */
    private static Optional<SectionMatch> introducedParts(List<Passage> ranked, List<DocumentFacts> docs) {
        return introducedParts(ranked, 0, docs);
    }

    /**
     * "发改委项目方案分几个阶段推进": the part some passage ranked near the top introduces, when its opening announces as
     * many parts of the kind the question asks for as it has ("…分三个阶段推进。" over （一）（二）（三）…阶段). The best
     * passage is often the document's preamble, which names the document as the question does.
     */
    private static Optional<SectionMatch> announcedParts(List<Passage> ranked, List<DocumentFacts> docs, String question) {
        Set<String> own = RelevanceFloor.contentBigrams(SectionAsk.topicWords(question));
        for (int i = 0; i < Math.min(ANNOUNCING_DEPTH, ranked.size()); i++) {
            // below the best passage, only an announcement that shares a topic word of the question besides the
            // document's name (分三个阶段推进 for "…分几个阶段推进"): "三个方面" is said of many things
            String title = HalfWidth.of(ranked.get(i).chunk().title());
            boolean first = i == 0;
            Optional<SectionMatch> m = introducedParts(ranked, i, docs).filter(p -> announces(p.section(), question))
                    .filter(p -> first || own.stream().anyMatch(g -> g.length() == 2 && !title.contains(g)
                            && HalfWidth.of(p.section().body().get(0)).contains(g)));
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static Optional<SectionMatch> introducedParts(List<Passage> ranked, int index, List<DocumentFacts> docs) {
        if (ranked.size() <= index || ranked.get(index).chunk().row()) {
            return Optional.empty();
        }
        Passage top = ranked.get(index);
        return docs.stream().filter(d -> d.path().equals(top.chunk().path())).findFirst()
                .flatMap(d -> d.outline().flatten().stream()
                        .filter(s -> s.level() > 0 && !s.children().isEmpty() && s.path().equals(top.chunk().section()))
                        .filter(s -> !s.body().isEmpty() && top.chunk().text().contains(s.body().get(0)))
                        .findFirst().map(s -> new SectionMatch(d, s)));
    }

    /**
     * True when the section's opening sentence counts its own parts in the words the question asks with: "分三个阶段"
     * over three sub-parts, for "分几个阶段".
     */
    private static boolean announces(Section s, String question) {
        Matcher m = ANNOUNCED.matcher(HalfWidth.of(s.body().get(0)));
        while (m.find()) {
            if (ChineseNumerals.parse(m.group(1)) == s.children().size() && question.contains(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last sentences of a part, for "讲话结尾说…": the ending words are at the end of its last sub-part, not at its
     * beginning, which is what a part's reply quotes first.
     */
    private static SectionMatch ending(SectionMatch m) {
        List<String> sentences = new ArrayList<>();
        for (Section s : m.section().flatten()) {
            for (String paragraph : s.body()) {
                sentences.addAll(org.campaignbot.knowledge.split.SentenceSplitter.split(paragraph));
            }
        }
        if (sentences.isEmpty()) {
            return m;
        }
        Section s = m.section();
        List<String> last = sentences.subList(Math.max(0, sentences.size() - ENDING_SENTENCES), sentences.size());
        return new SectionMatch(m.document(), new Section(s.level(), s.heading(), s.path(), List.copyOf(last), List.of()));
    }

    /** True unless the question counts the parts it wants and the part has sub-parts of another number. */
    private static boolean fits(SectionMatch m, SectionAsk ask) {
        int parts = m.section().children().size();
        return ask.count() == 0 || parts == 0 || parts == ask.count();
    }

    /** The part the question numbers; only its opening words when it asks for them ("第一部分开头那段"). */
    private static SectionMatch part(SectionMatch whole, SectionAsk ask) {
        SectionMatch part = child(whole, ask.ordinal());
        boolean openingOfPart = ask.opening() && ask.ordinal() != SectionAsk.OPENING_PART && part != whole
                && !part.section().body().isEmpty();
        return openingOfPart ? child(part, SectionAsk.OPENING_PART) : part;
    }

    /** The n-th part under the match, or the match itself when it has no such part. */
    private static SectionMatch child(SectionMatch m, int n) {
        List<Section> children = m.section().children();
        if (n == SectionAsk.OPENING_PART) {
            Section s = m.section();
            return new SectionMatch(m.document(), new Section(s.level(), s.heading(), s.path(), s.body(), List.of()));
        }
        if (n == SectionAsk.LAST_PART && !children.isEmpty()) {
            return new SectionMatch(m.document(), children.get(children.size() - 1));
        }
        return n <= children.size() ? new SectionMatch(m.document(), children.get(n - 1)) : m;
    }

    /** The shortest heading core taken as quoted from a heading (四字: 加强组织领导's core 组织领导). */
    private static final int MIN_QUOTED_HEADING = 4;

    /**
     * Documents of the kind the question names, in the order retrieval ranked their passages.
     *
     * @param level the level of government the question is about ({@link DocumentLevel}: "县里咋安排的" means the
     *              county's documents, not a district's with the same heading)
     */
    private static List<DocumentFacts> candidates(String q, String level, DocumentCatalog catalog, SectionAsk ask,
                                                  List<Passage> ranked, Set<String> namedByRetrieval) {
        List<DocumentFacts> docs = new ArrayList<>(catalog.documents().stream()
                .filter(d -> ask.document().isEmpty() || d.title().contains(ask.document())).toList());
        if (docs.isEmpty()) {
            docs.addAll(catalog.documents());
        }
        if (docs.stream().anyMatch(d -> DocumentLevel.of(level, d.title()))) {
            docs.removeIf(d -> !DocumentLevel.of(level, d.title()));
        }
        // a question that names one document by its title's own words (政务局的方案) is about that one
        Set<String> grams = RelevanceFloor.contentBigrams(q);
        java.util.Map<DocumentFacts, String> titles = new java.util.IdentityHashMap<>();
        docs.forEach(d -> titles.put(d, Headings.foldedTitle(catalog, d)));
        Set<String> distinctive = new java.util.HashSet<>();
        Set<String> quoted = quotedHeadingWords(q, catalog, docs);
        for (String g : grams) {
            if (GENERIC_TITLE_WORDS.contains(g) || quoted.contains(g)) {
                continue;
            }
            long in = titles.values().stream().filter(t -> t.contains(g)).count();
            if (in > 0 && in < titles.size()) {
                distinctive.add(g);
            }
        }
        java.util.Map<DocumentFacts, Long> named = new java.util.IdentityHashMap<>();
        docs.forEach(d -> named.put(d, distinctive.stream().filter(titles.get(d)::contains).count()));
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = ranked.size() - 1; i >= 0; i--) {
            rank.put(ranked.get(i).chunk().path(), i); // a document's best-ranked passage
        }
        docs.sort(Comparator.comparingLong((DocumentFacts d) -> -named.get(d))
                .thenComparing(d -> !namedByRetrieval.contains(d.title()))
                .thenComparingInt(d -> rank.getOrDefault(d.path(), ranked.size())));
        long best = named.get(docs.get(0));
        if (best > 0 && !namesEach(q, docs, titles, distinctive)) {
            docs.removeIf(d -> named.get(d) < best);
        } else if (best > 0) {
            docs.removeIf(d -> named.get(d) == 0); // "动员会的讲话和推进会的讲话 分别讲了哪几点": each one named
        }
        return docs;
    }

    /**
     * The two-character words of the headings a question quotes ("加强组织领导…下面分了哪几条" quotes 加强组织领导): they
     * say what it is about, not which document, although a title may share one (领导小组第一次会议纪要).
     */
    private static Set<String> quotedHeadingWords(String q, DocumentCatalog catalog, List<DocumentFacts> docs) {
        Set<String> words = new java.util.HashSet<>();
        String bareQuestion = HeadingNames.bare(q); // "突出重点、精准发力" quotes the core 重点精准发力 too
        for (DocumentFacts doc : docs) {
            for (Headings.Prepared heading : Headings.of(catalog, doc)) {
                for (String core : heading.cores()) {
                    String folded = HeadingNames.bare(core);
                    if (folded.length() >= MIN_QUOTED_HEADING && bareQuestion.contains(folded)) {
                        words.addAll(RelevanceFloor.contentBigrams(folded));
                    }
                }
            }
        }
        return words;
    }

    /** "A和B", "A、B分别": words that join two things a question asks about side by side. */
    private static final Pattern SIDE_BY_SIDE = Pattern.compile("和|与|跟|及|、|分别|各自");

    /**
     * True when the question joins two documents it names each by words of its own title ("动员会的讲话和推进会的讲话"):
     * both are meant, not only the one named by more words.
     */
    private static boolean namesEach(String q, List<DocumentFacts> docs, java.util.Map<DocumentFacts, String> titles,
                                     Set<String> distinctive) {
        if (!SIDE_BY_SIDE.matcher(q).find()) {
            return false;
        }
        List<Set<String>> own = new ArrayList<>();
        for (DocumentFacts d : docs) {
            Set<String> words = new java.util.HashSet<>(distinctive);
            words.removeIf(g -> !titles.get(d).contains(g));
            if (!words.isEmpty()) {
                own.add(words);
            }
        }
        // two documents, each named by a word the other's title lacks
        for (int i = 0; i < own.size(); i++) {
            for (int j = i + 1; j < own.size(); j++) {
                Set<String> a = own.get(i);
                Set<String> b = own.get(j);
                if (!b.containsAll(a) && !a.containsAll(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sections whose heading key the question names, best first; sections of other documents that match as
     * well follow (the speech and a plan often share a heading such as 抓学习促提升).
     */
    private static List<SectionMatch> byHeading(String question, List<String> topic, DocumentCatalog catalog,
                                                List<DocumentFacts> docs) {
        record Scored(SectionMatch match, double coverage, double literal, int rank, int keyLength, int matched,
                      int leftover) {
        }
        List<Scored> found = new ArrayList<>();
        List<String> pointed = HeadingNames.pointedAt(question);
        for (int rank = 0; rank < docs.size(); rank++) {
            DocumentFacts doc = docs.get(rank);
            String title = HalfWidth.of(doc.title());
            List<String> ownTopic = ShortTitleNames.without(topic, title); // the same for all the document's headings
            List<Headings.Prepared> headings = Headings.of(catalog, doc);
            for (Headings.Prepared h : headings) {
                double literal = 0;
                int matched = 0; // the longest clause or core that gives the coverage: how much of the question named it
                for (String clause : h.clauses()) {
                    double c = HeadingNames.coverage(clause, question);
                    matched = c > literal + 1e-9 ? clause.length() : c > literal - 1e-9 ? Math.max(matched, clause.length()) : matched;
                    literal = Math.max(literal, c);
                }
                double coverage = literal;
                for (String core : h.cores()) {
                    double c = HeadingNames.coverage(core, question);
                    matched = c > coverage + 1e-9 ? core.length() : c > coverage - 1e-9 ? Math.max(matched, core.length()) : matched;
                    coverage = Math.max(coverage, c);
                }
                String key = h.clauses().get(0);
                if (HeadingNames.pointsAt(key, pointed)) {
                    coverage = Math.max(coverage, KEY_SHARE); // "保障那部分": named by its first word, no more
                } else if (!h.headNoun().isEmpty() && HeadingNames.asksForHeadNoun(h.headNoun(), question)
                        && headings.stream().filter(o -> o.headNoun().equals(h.headNoun())).count() == 1) {
                    coverage = Math.max(coverage, KEY_SHARE); // "简报点了哪些问题": the one part of its problems
                }
                if (coverage < KEY_SHARE) {
                    continue;
                }
                // the words of the headings above it count as its own ("上半年学习这块取得了哪些成绩": 成绩 is its part's)
                int leftover = RelevanceFloor.unheld(ownTopic, h.topic() + "\n" + h.above(), title);
                if (leftover <= MAX_LEFTOVER) {
                    found.add(new Scored(new SectionMatch(doc, h.section()), coverage, literal, rank, h.keyLength(), matched,
                            leftover));
                }
            }
        }
        // the fullest coverage first; among those the one named in its own words (抓执行促落实 over 强化工作执行落实, whose
        // core 执行落实 the question holds too), the one the question names at greater length (压实领导责任 over 压实责任,
        // the first clause of "压实责任、改进作风，…"), the most specific heading (压实工作责任 over 保障措施), then rank
        // (the fewest of the question's words that neither it nor a heading above it holds: "下半年在学用结合上有啥要求"
        // is the speech's point under "…全力打好下半年攻坚战", not the training plan's principle 学用结合)
        found.sort(Comparator.comparingDouble(Scored::coverage).reversed()
                .thenComparingInt(Scored::leftover)
                .thenComparing(Comparator.comparingDouble(Scored::literal).reversed())
                .thenComparing(Comparator.comparingInt(Scored::matched).reversed())
                .thenComparing(Comparator.comparingInt(Scored::keyLength).reversed()).thenComparingInt(Scored::rank));
        List<SectionMatch> out = new ArrayList<>();
        Set<String> documents = new java.util.HashSet<>();
        for (Scored s : found) {
            Scored top = found.get(0);
            if (s.coverage() >= top.coverage() - 1e-9 && s.leftover() == top.leftover()
                    && s.literal() >= top.literal() - 1e-9 && s.matched() == top.matched()
                    && s.keyLength() == top.keyLength()
                    && documents.add(s.match().document().path())) {
                out.add(s.match());
            }
        }
        return out;
    }

    /** "几个阶段", "哪几个环节": the kind of part a question counts. */
    private static final Pattern KIND_COUNTED = Pattern.compile("(?:几|哪几|多少)个?(阶段|步骤|环节|方面|批次|批)");

    /**
     * The parent of the part found by its heading, when the question counts parts of a kind ("分几个阶段推进") and
     * that part's heading and every sibling's name that kind (（一）谋划部署阶段, （二）攻坚推进阶段, （三）评估总结阶段):
     * the words that found one stage are shared by all of them.
     */
    private static Optional<SectionMatch> partsOfKindAsked(SectionMatch found, String question) {
        Matcher kind = KIND_COUNTED.matcher(question);
        if (!kind.find()) {
            return Optional.empty();
        }
        String word = kind.group(1);
        return found.document().outline().flatten().stream()
                .filter(parent -> parent.children().contains(found.section()))
                .filter(parent -> parent.children().size() > 1
                        && parent.children().stream().allMatch(c -> c.topic().contains(word)))
                .findFirst().map(parent -> new SectionMatch(found.document(), parent));
    }

    /** True when at least half the bigrams of the part's heading (its first clause) are its document's title's. */
    private static boolean repeatsTitle(SectionMatch m) {
        String title = HalfWidth.of(m.document().title());
        String key = HalfWidth.of(m.section().topic()).split("[,，。；;：:]")[0];
        Set<String> grams = RelevanceFloor.contentBigrams(key);
        long inTitle = grams.stream().filter(title::contains).count();
        return !grams.isEmpty() && inTitle * 2 >= grams.size();
    }

    /**
     * True when the topic words only name the document itself ("三抓三促行动方案", "政务局方案"), not a part of it; a
     * short name ("政务局" for 政务服务管理局) leaves a bigram or two the title does not contain.
     */
    private static boolean onlyDocumentWords(Set<String> topic, DocumentFacts doc, List<Headings.Prepared> headings) {
        String title = HalfWidth.of(doc.title());
        List<String> left = topic.stream().filter(g -> g.length() >= 2 && !title.contains(g)).toList();
        // a word one of its headings holds is a part's topic (督查 in "动员讲话里督查都用哪几种法子"), not a name
        boolean namesAPart = left.stream().anyMatch(g -> headings.stream().anyMatch(h -> h.topic().contains(g)));
        if (left.size() <= MAX_LEFTOVER && !namesAPart) {
            return true;
        }
        // a shortened name keeps the title's characters but not its bigrams: 交通局的作风整治通知 for
        // 《xx市交通运输局关于开展…作风建设专项整治的通知》
        return topic.stream().allMatch(g -> g.chars().allMatch(c -> title.indexOf(c) >= 0));
    }
}
