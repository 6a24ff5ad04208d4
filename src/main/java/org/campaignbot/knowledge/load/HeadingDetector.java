package org.campaignbot.knowledge.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numbering of Chinese official documents, in full-width and ASCII punctuation alike (the speech
 * writes {@code 第一,} and {@code (一)} with ASCII marks, plans usually write {@code 第一，} and {@code （一）}).
 *
 * <pre>
 * level 1  一、   第一部分 第一章 第一篇 (a handbook's parts; a document rarely has both kinds)
 * level 2  第X条 (a rules document's articles, whose items are numbered （一）)
 * level 3  （一） (一)   第一， 第一, 第一、   一要…。 (a speech's point: a short sentence opening its paragraph)
 * level 4  1.  1．  1、
 * level 5  （1） (1)
 * </pre>
 */
public final class HeadingDetector {
    private static final String CN = "[一二三四五六七八九十百零]+";
    private static final Pattern[] LEVELS = {
            Pattern.compile("^(?:" + CN + "、|第" + CN + "(?:部分|章|篇)(?=[\\s\u3000:：、]|$))"),
            Pattern.compile("^第[" + "一二三四五六七八九十百零" + "\\d]+条"),
            // "一要压实领导责任。" opening a paragraph: a speech's point, its body on the same line
            Pattern.compile("^(?:[(（]" + CN + "[)）]|第" + CN + "[,，、:：]|" + CN + "要(?=[^，,。；;]{2,18}。))"),
            Pattern.compile("^\\d{1,2}[.．、](?!\\d)"),
            Pattern.compile("^[(（]\\d{1,2}[)）]"),
    };
    private static final int MAX_LABEL = 20;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]");
    private static final Pattern CLAUSE_END = Pattern.compile("[,，:：]");

    /** "13.问：", "（2）问:", "问：" at the start of a line: a handbook's question, whose answer follows it. */
    private static final Pattern QUESTION = Pattern.compile("^\\s*(?:\\d{1,3}\\s*[.．、]|[（(]\\d{1,3}[)）])?\\s*问\\s*[:：]");

    private HeadingDetector() {
    }

    /** True for a handbook's question line ("13.问：一般干部每年要完成多少学时？"): it asks, it answers nothing. */
    public static boolean isQuestion(String line) {
        return QUESTION.matcher(line).find();
    }

    /**
     * True for a point that a speech writes as the opening sentence of its paragraph, with the point's whole body on the
     * same line ("第三，发展效能明显提升。首批20个…", "一要压实领导责任。各乡镇…"): the point ends with its paragraph, so
     * a plain paragraph after it ("回顾上半年的工作，…") belongs to the part above, not to the point. A handbook's
     * question line ("18.问：…？有什么要求？") is not such a point: its answer follows on the next line. Only the third
     * level, a speech's points: after a numbered item of minutes or rules ("10.关于考核评价。…", "3.年终考核。…") the
     * next paragraph is as often the item's own, and keeping it there ranked the answering passage first more often.
     */
    public static boolean endsWithItsParagraph(String paragraph) {
        String p = paragraph.strip();
        if (headingLevel(p) != 3 || isQuestion(p)) {
            return false;
        }
        Matcher end = SENTENCE_END.matcher(p);
        return end.find() && p.charAt(end.start()) == '。' && !p.substring(end.end()).isBlank();
    }

    /** 1–5 for a heading paragraph (1 the outermost), 0 for body text. */
    public static int headingLevel(String paragraph) {
        String p = paragraph.strip();
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i].matcher(p).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The heading as shown in a citation: the heading's first sentence (a paragraph like
     * {@code 第二,抓执行促落实。执行是…} carries its body on the same line), shortened at its first clause break when
     * long, e.g. {@code 二、聚焦重点任务…}.
     */
    public static String label(String paragraph) {
        String p = paragraph.strip();
        Matcher end = SENTENCE_END.matcher(p);
        String first = end.find() ? p.substring(0, end.start()) : p;
        if (first.length() <= MAX_LABEL) {
            return first;
        }
        int markerEnd = markerLength(first);
        Matcher clause = CLAUSE_END.matcher(first);
        int cut = -1;
        while (clause.find()) {
            if (clause.start() > markerEnd) {
                cut = clause.start();
                break;
            }
        }
        if (cut > 0 && cut <= MAX_LABEL) {
            return first.substring(0, cut) + "…";
        }
        return first.substring(0, MAX_LABEL) + "…";
    }

    private static int markerLength(String p) {
        Matcher question = QUESTION.matcher(p);
        if (question.find()) {
            return question.end(); // "15.问：" stays whole in the label, which says it is a question
        }
        for (Pattern level : LEVELS) {
            Matcher m = level.matcher(p);
            if (m.find()) {
                return m.end();
            }
        }
        return 0;
    }
}
