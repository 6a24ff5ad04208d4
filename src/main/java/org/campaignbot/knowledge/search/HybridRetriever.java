package org.campaignbot.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.PerCatalog;
import org.campaignbot.knowledge.table.TaskAsk;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.knowledge.index.Analyzers;
import org.campaignbot.knowledge.index.ChunkKinds;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.index.IndexedChunk;
import org.campaignbot.knowledge.index.StoredChunks;
import org.springframework.stereotype.Component;

/**
 * Finds passages with three rankings fused by a weighted sum of min-max normalised scores: SmartChinese words (BM25),
 * CJK bigrams (BM25) and bge-small-zh vectors (kNN). Unlike reciprocal-rank fusion, which keeps only each view's
 * order, the normalised scores keep how clearly a view prefers its first passage, which is what puts the answering
 * passage first on paraphrased questions. Because fused scores are relative, the relevance floor uses absolute
 * signals instead: the passage's cosine similarity and how much of the question's wording it contains. Without the
 * embedding model ({@link Embedder#available()}) the two lexical rankings are fused alone, and the floor goes by
 * wording only.
 */
@Component
public class HybridRetriever {
    static final int DEPTH = 30;
    /** Weight of a passage of the other kind than the question asks for (a row for a "why", prose for a "who"). */
    private static final double OTHER_KIND = 0.55;
    /** words (BM25), bigrams (BM25), vector (cosine): measured on the development questions, see the README. */
    private static final double[] WEIGHTS = {0.45, 0.25, 0.3};

    private final KnowledgeView knowledge;
    private final Embedder embedder;
    private final RelevanceFloor floor;
    private final Analyzer wordAnalyzer = Analyzers.words();
    private final QueryBuilder words = new QueryBuilder(wordAnalyzer);
    private final QueryBuilder bigrams = new QueryBuilder(Analyzers.bigrams());
    private final StoredChunks storedChunks = new StoredChunks();
    private final ChunkKinds chunkKinds = new ChunkKinds();

    public HybridRetriever(KnowledgeView knowledge, Embedder embedder, KnowledgeProperties props) {
        this.knowledge = knowledge;
        this.embedder = embedder;
        this.floor = new RelevanceFloor(props.minSimilarity(), props.clearSimilarity());
    }

    public SearchResult search(String question, int k) {
        return search(question, k, ConversationDocument.NONE);
    }

    /** @param conversation the document a follow-up's conversation is about, preferred when the question names none */
    public SearchResult search(String question, int k, ConversationDocument conversation) {
        NamedDocument named = NamedDocument.of(question, titles.of(knowledge.catalog()));
        float[] queryVector = embedder.query(named.withoutName(question));
        // the words searched for and counted are the documents' own: 一把手 → 主要负责同志 (the embedding reads the question)
        String formal = Colloquial.formal(question);
        String searched = Colloquial.formal(named.withoutName(question));
        double[] unknown = new double[1];
        boolean[] askedThingUnknown = new boolean[1];
        // "为啥要开监督电话" asks for a reason, not for the thing it names (a phone number): no asked thing or kind
        boolean why = ReasonQuestion.asks(question);
        List<String> askedWords = new ArrayList<>();
        List<Passage> passages = knowledge.withSearcher(s -> {
            List<Word> formalWords = segment(formal); // once: the unknown share and the asked words both read it
            unknown[0] = unknownShare(s, contentWords(formalWords));
            askedWords.addAll(why ? List.of() : askedWords(formal, formalWords));
            askedThingUnknown[0] = askedThingUnknown(s, askedWords) || unknownLineOfWork(s, formal, formalWords);
            return rank(s, searched, formal, named, DocumentLevel.of(question), conversation, queryVector, k);
        });
        // a phone number, a web address, a time of day or a room asked for and in none of the passages: not answered
        boolean kindMissing = !why && AnswerKind.missing(HalfWidth.of(question),
                passages.stream().map(p -> p.chunk().text()).toList());
        var evidence = RelevanceFloor.evidence(searched, passages, unknown[0], askedThingUnknown[0] || kindMissing);
        boolean accepted = queryVector == null ? floor.acceptsByWording(evidence)
                : floor.accepts(evidence) || why && floor.acceptsReasonQuestion(evidence);
        return new SearchResult(DocumentHint.withoutKindAsPlace(searched), queryVector, passages, evidence,
                !passages.isEmpty() && accepted, List.copyOf(askedWords), named.titles());
    }

    /**
     * @param searched the question without the document it names, in the documents' words
     * @param question the whole question in the documents' words, for what kind of passage it asks for
     * @param level    the level of government the question is about ({@link DocumentLevel}, read before 县里 → 县)
     */
    private List<Passage> rank(IndexSearcher searcher, String searched, String question, NamedDocument named,
                               String level, ConversationDocument conversation, float[] queryVector, int k)
            throws IOException {
        List<ScoreDoc[]> rankings = new ArrayList<>();
        String lexical = QueryExpansion.lexical(DocumentHint.withoutKindAsPlace(searched));
        rankings.add(lexical(searcher, words.createBooleanQuery(Analyzers.WORDS, lexical)));
        rankings.add(lexical(searcher, bigrams.createBooleanQuery(Analyzers.BIGRAMS, lexical)));
        if (queryVector != null) {
            rankings.add(searcher.search(new KnnFloatVectorQuery(IndexedChunk.VECTOR, queryVector, DEPTH), DEPTH).scoreDocs);
        }

        Map<Integer, Double> fused = new LinkedHashMap<>();
        for (int view = 0; view < rankings.size(); view++) {
            ScoreDoc[] ranking = rankings.get(view);
            if (ranking.length == 0) {
                continue;
            }
            // min-max within the view: BM25 and cosine scores differ in scale from query to query, but within one
            // query "how far behind the view's best" is comparable across views
            float max = ranking[0].score;
            float min = ranking[ranking.length - 1].score;
            for (ScoreDoc hit : ranking) {
                double normalised = max > min ? (hit.score - min) / (max - min) : 1.0;
                fused.merge(hit.doc, WEIGHTS[view] * normalised, Double::sum);
            }
        }
        double best = java.util.Arrays.stream(WEIGHTS, 0, rankings.size()).sum();
        // a question about a task's who, unit or deadline is answered by a table row, any other by prose
        boolean asksTaskColumns = TaskAsk.of(HalfWidth.of(question)).aboutATask();
        String kind = DocumentHint.kind(question);
        String stated = DocumentHint.statedKind(question);
        boolean namesWhere = !named.titles().isEmpty() || !stated.isEmpty();
        // documents of another kind or level than the question names, or not the one it names, weigh less
        // the same few titles for a hundred candidates: each title's weight is worked out once per question
        Map<String, Double> weightOfTitle = new java.util.HashMap<>();
        java.util.function.ToDoubleFunction<String> documentWeight = title -> weightOfTitle.computeIfAbsent(title,
                t -> DocumentHint.weight(kind, stated, t) * DocumentLevel.weight(level, t) * named.weight(t)
                        * conversation.weight(t, namesWhere));
        for (var entry : fused.entrySet()) {
            IndexedChunk.Kind chunk = chunkKinds.of(searcher, entry.getKey());
            entry.setValue(entry.getValue() * (chunk.row() == asksTaskColumns ? 1.0 : OTHER_KIND)
                    * documentWeight.applyAsDouble(chunk.title()));
        }
        List<Map.Entry<Integer, Double>> ordered = new ArrayList<>();
        fused.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .forEach(e -> ordered.add(Map.entry(e.getKey(), e.getValue() / best)));
        List<Passage> result = new ArrayList<>();
        if (queryVector == null) { // no meaning to compare: sentences are chosen by their wording
            for (var entry : ordered.subList(0, Math.min(k, ordered.size()))) {
                IndexedChunk stored = storedChunks.get(searcher, entry.getKey());
                result.add(new Passage(stored.chunk(), entry.getValue(), 0, List.of()));
            }
            return result;
        }
        List<SentenceRerank.Ranked> reranked = SentenceRerank.of(doc -> storedChunks.get(searcher, doc), ordered, queryVector, k,
                stored -> documentWeight.applyAsDouble(stored.chunk().title()));
        for (var ranked : reranked.subList(0, Math.min(k, reranked.size()))) {
            IndexedChunk stored = ranked.stored();
            double similarity = Embedder.dot(queryVector, stored.vector());
            result.add(new Passage(stored.chunk(), ranked.score(), similarity, stored.sentenceVectors()));
        }
        return result;
    }

    /** What a question may name a document by (the titles as chunks carry them); prepared once per catalog. */
    private final PerCatalog<NamedDocument.Titles> titles = new PerCatalog<>(
            catalog -> new NamedDocument.Titles(catalog.documents().stream().map(d -> d.title()).toList()));

    /**
     * True when the text holds a word (SmartChinese segmentation) of three characters or more that no document knows
     * ("红烧肉" in 红烧肉怎么做):
     * it has a topic of its own, outside the knowledge base. Shorter words are often colloquial forms of known ones
     * (讲课 for 讲党课) and say nothing either way.
     */
    public boolean namesAnUnknownTopic(String text) {
        return anyContentWord(text, (s, word) -> word.length() >= 3 && !known(s, word));
    }

    /**
     * True when the text holds a word (SmartChinese segmentation of the text without its fillers) of two characters or
     * more, whether a document knows it or not: "执行是检验什么的标准" and "招商引资有什么任务" have a topic of their own,
     * "每回得学多长时间" (每/回/得/学) has none.
     */
    public boolean namesATopic(String text) {
        return anyContentWord(RelevanceFloor.withoutFillers(text), (s, word) -> true);
    }

    /** A test of a word against the index. */
    @FunctionalInterface
    private interface WordTest {
        boolean test(IndexSearcher searcher, String word) throws IOException;
    }

    private boolean anyContentWord(String text, WordTest test) {
        return knowledge.withSearcher(s -> {
            for (String word : contentWords(segment(text))) {
                if (test.test(s, word)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Share of the question's content words (SmartChinese segmentation, two characters or more, question words left
     * out) that occur in no passage. Words, not bigrams: a bigram across two words ("都包") is unknown without
     * meaning anything, while an unknown word ("乡村振兴" → 乡村, 振兴) names a topic the documents do not cover.
     */
    private static double unknownShare(IndexSearcher searcher, List<String> words) throws IOException {
        if (words.isEmpty()) {
            return 0;
        }
        long unknown = 0;
        for (String w : words) {
            unknown += known(searcher, w) ? 0 : 1;
        }
        return unknown / (double) words.size();
    }

    /** The words of two Chinese characters or more, fillers left out, in order. */
    private static List<String> contentWords(List<Word> words) {
        return words.stream().filter(w -> w.han() && w.text().length() >= 2 && !RelevanceFloor.containsFiller(w.text()))
                .map(Word::text).toList();
    }

    /** A word of the SmartChinese segmentation and where it stands in the text. */
    private record Word(String text, int start, int end) {
        /** Made of Chinese characters only. */
        boolean han() {
            return text.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
    }

    /** The text's words (SmartChinese segmentation), in order. */
    private List<Word> segment(String text) throws IOException {
        List<Word> words = new ArrayList<>();
        try (var tokens = wordAnalyzer.tokenStream(Analyzers.WORDS, text)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var offset = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        }
        return words;
    }

    /**
     * The word (of the segmentation of the whole text) that covers the character at {@code index}, or "" when it is
     * not made of Chinese characters. Segmented in its sentence, not alone: "人学" cut out of 组织哪些人学 is taken for
     * one word, while in the sentence it is 人 and 学.
     */
    private static String wordAt(List<Word> words, int index) {
        String found = "";
        for (Word w : words) {
            if (w.start() <= index && index < w.end()) {
                found = w.han() ? w.text() : "";
            }
        }
        return found;
    }

    /**
     * True when the question asks for a thing ({@link AskedThing}) that no document speaks of. The thing is the word
     * the segmenter finds next to the interrogative, so a fragment across two words (求到 in 比例要求到多少) is never
     * taken for one; fillers and one-character words name nothing.
     */
    private boolean askedThingUnknown(IndexSearcher searcher, List<String> askedWords) throws IOException {
        for (String word : askedWords) {
            if (!known(searcher, word)) {
                return true;
            }
        }
        return false;
    }

    /** The head that makes a line of work of the word before it: 防汛工作, 招商工作. */
    private static final String LINE_OF_WORK = "工作";

    /**
     * True when the question opens with a line of work no document knows ("防汛工作怎么安排"): the word before 工作 is
     * the topic, and a passage on how the campaign is 安排部署 does not answer it, however well its other words match.
     * Only in the subject: "…投入工作" after the predicate is no line of work.
     */
    private static boolean unknownLineOfWork(IndexSearcher searcher, String question, List<Word> words)
            throws IOException {
        int subjectEnd = QuestionSubject.end(question);
        for (int i = 1; i < words.size() && words.get(i).end() <= subjectEnd; i++) {
            Word before = words.get(i - 1);
            if (LINE_OF_WORK.equals(words.get(i).text()) && before.end() == words.get(i).start() && before.han()
                    && before.text().length() >= 2 && !RelevanceFloor.containsFiller(before.text())
                    && !known(searcher, before.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words naming what the question asks for ({@link AskedThing}): 经费 in 专项经费有多少. Each is the word right
     * next to the interrogative, whatever it is: a filler or a generic word there (哪些东西, 哪些表现) means the question
     * names no thing, not that the next word is the thing.
     *
     * @param segmented the question's words ({@link #segment}), reused when half-width forms leave it as it is
     */
    private List<String> askedWords(String question, List<Word> segmented) throws IOException {
        String q = HalfWidth.of(question);
        // the question as segmented already, unless half-width forms changed it
        List<Word> inQ = q.equals(question) ? segmented : null;
        List<String> words = new ArrayList<>();
        for (AskedThing thing : AskedThing.of(question)) {
            int at = q.indexOf(thing.words());
            if (at < 0) {
                continue;
            }
            if (inQ == null) {
                inQ = segment(q);
            }
            String word = wordAt(inQ, thing.lastWord() ? at + thing.words().length() - 1 : at);
            if (word.length() >= 2 && !RelevanceFloor.containsFiller(word) && !AskedThing.GENERIC.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }


    /**
     * A word is known when the documents hold it as a word, or hold all of its bigrams (segmentation of a quoted
     * slogan such as 接诉即办 differs between a question and the document that quotes it).
     */
    private static boolean known(IndexSearcher searcher, String word) throws IOException {
        var reader = searcher.getIndexReader();
        if (reader.docFreq(new Term(Analyzers.WORDS, word)) > 0) {
            return true;
        }
        // 动员会 → 动员 (a known word with a suffix): a form of something the documents speak of
        if (word.length() >= 3 && (reader.docFreq(new Term(Analyzers.WORDS, word.substring(0, 2))) > 0
                || reader.docFreq(new Term(Analyzers.WORDS, word.substring(word.length() - 2))) > 0)) {
            return true;
        }
        for (int i = 0; i + 2 <= word.length(); i++) {
            if (reader.docFreq(new Term(Analyzers.BIGRAMS, word.substring(i, i + 2))) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The top {@link #DEPTH} by BM25. Only the top is used, never the number of hits: counting stops at the depth
     * (not at Lucene's default of 1,000), so from then on the scorer skips passages that cannot enter the top. The
     * top is the same; at a thousand documents a common bigram (工作, 落实) matches thousands of passages.
     */
    private static ScoreDoc[] lexical(IndexSearcher searcher, Query query) throws IOException {
        return query == null ? new ScoreDoc[0]
                : searcher.search(query, new TopScoreDocCollectorManager(DEPTH, DEPTH)).scoreDocs;
    }
}
