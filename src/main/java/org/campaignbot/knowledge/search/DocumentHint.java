package org.campaignbot.knowledge.search;

import java.util.Set;
import org.campaignbot.common.HalfWidth;

/**
 * A question that names the kind of document it is about ("讲话里说…", "方案里…") is answered from documents of that
 * kind first: the speech and the plans repeat each other's words, and a cadre who says 讲话 means the speech.
 */
public final class DocumentHint {
    /** Weight of a passage from a document of another kind than the question names. */
    static final double OTHER_DOCUMENT = 0.8;
    /** In this order: a question naming two kinds is answered by the first (a Set would pick one at random per run). */
    static final java.util.List<String> KINDS = java.util.List.of("讲话", "方案", "通知", "意见", "办法", "细则", "规定", "纪要", "简报", "手册");
    /**
     * A bulletin (督查通报), named as a document only in so many words: 通报 is also what is done with results
     * ("督查结果在全县通报", "通报批评"), which names no document.
     */
    private static final java.util.regex.Pattern BULLETIN = java.util.regex.Pattern.compile(
            "(?:情况|季度|这期|那期|这个|那个|这份|那份)(?:督查)?通报|通报(?=里|中|上|说|提|讲|写|点|最后|开头|结尾|第)"
            // but "强化督查通报是什么意思", "督查通报机制": the plan's way of working, not a document
            + "|(?<!强化|加强|实行|建立|严格)督查通报(?!机制|制度|是|意思|的?(?:办法|方式|频次|要求))");
    /** The kinds a question may say it looks in, the bulletin among them. */
    private static final String PLACES = String.join("|", KINDS) + "|通报";
    /** "政务局方案里", "交通局的通知中": where a question looks, at its start (文件 and 清单 name no kind, but a place). */
    private static final java.util.regex.Pattern LOOKS_IN = java.util.regex.Pattern.compile(
            "^\\s*\\p{IsHan}{0,8}?(" + PLACES + "|文件|清单)(里面|里|中|上)");

    private DocumentHint() {
    }

    /** The speech, or the meeting and the speakers it was given at (a question compiled once, not per question). */
    private static final java.util.regex.Pattern SPEECH =
            java.util.regex.Pattern.compile(".*(讲话|动员会|会议上|这次会议|本次会议|这次会|会上|领导说|书记说|市长说).*");

    /** The kind of document the question names, or "" (讲话 also when it speaks of the meeting or the speaker). */
    public static String kind(String question) {
        String q = HalfWidth.of(question);
        if (SPEECH.matcher(q).matches()) {
            return "讲话";
        }
        if (BULLETIN.matcher(q).find()) {
            return "通报";
        }
        for (String kind : KINDS) {
            if (q.contains(kind)) {
                return kind;
            }
        }
        return "";
    }

    /**
     * The question without the document it says it looks in ("政务局方案里局办公室当协办的有哪些" → "局办公室当协办的有哪些"):
     * where to look is not what the answer is about.
     */
    public static String withoutPlaceLookedIn(String question) {
        return LOOKS_IN.matcher(question).replaceFirst(" ");
    }

    /**
     * The question without the word for the kind of document where it only says where to look or who speaks ("讲话里",
     * "讲话号召", "通知说", "方案要求"), for the word searches: the speech's own text says 讲话 only of other speeches
     * (习近平总书记重要讲话), so left in, the word draws the passages that quote those. Where the word is part of the
     * topic ("领导讲话之前", "为什么要出这个工作方案") it stays.
     */
    static String withoutKindAsPlace(String question) {
        return KIND_AS_PLACE.matcher(question).replaceAll(" ");
    }

    private static final java.util.regex.Pattern KIND_AS_PLACE = java.util.regex.Pattern.compile(
            "(" + PLACES + ")(?=里|中|上|说|提|讲|要求|强调|号召|指出|认为|对|怎么|如何|把|给|最后|开头|结尾|第)");

    /**
     * The kind of document the question says it asks about in so many words ("讲话要求…", "方案里…", "通知说…"), or "":
     * unlike {@link #kind}, not the meeting (会上) and not a kind word inside a name ("一任务一方案").
     */
    public static String statedKind(String question) {
        String q = HalfWidth.of(question);
        if (q.contains("讲话")) {
            return "讲话";
        }
        if (BULLETIN.matcher(q).find()) {
            return "通报";
        }
        java.util.regex.Matcher m = KIND_AS_PLACE.matcher(q);
        return m.find() ? m.group(1) : "";
    }

    /** True when the title is of the kind named, or no kind is named. */
    public static boolean ofKind(String kind, String title) {
        return kind.isEmpty() || title.contains(kind);
    }

    /**
     * The weight of a passage of the titled document: lower for a document of another kind than the question names
     * ({@link #kind}), and lower still for one of another kind than it says in so many words it asks about
     * ({@link #statedKind}: "讲话里说…").
     */
    static double weight(String kind, String stated, String title) {
        return !ofKind(stated, title) ? OTHER_STATED : ofKind(kind, title) ? 1.0 : OTHER_DOCUMENT;
    }

    /** Weight of a passage of a document of another kind than the question states ({@link #statedKind}). */
    static final double OTHER_STATED = 0.65;
}
