package org.campaignbot.answer.followup;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.DocumentHint;
import org.campaignbot.knowledge.search.QuestionSubject;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.table.TaskAsk;

/**
 * Rewrites an elliptical follow-up into a question that stands on its own, using the previous turn:
 * <ul>
 *   <li>"那抓效能促发展呢？" after "抓学习促提升有哪些要求" → "抓效能促发展有哪些要求" (the new topic takes the old one's place);
 *   <li>"第二条具体说说" after a listed answer → the second item, "…具体说说";
 *   <li>"他还负责什么" → the person of the previous answer; "这项任务什么时候完成" → its task.
 * </ul>
 * A question that is not elliptical is returned unchanged, so a new topic never inherits the old one.
 */
public final class FollowUpResolver {
    private static final Pattern ENDS_WITH_NE = Pattern.compile(".*呢[？?。!！\\s]*$");
    private static final Pattern LEADING_COMMAS = Pattern.compile("^[，,、\\s]+");

    private static final Pattern LEAD_IN = Pattern.compile("^(那么|那|还有|另外|再问一下|再问下|再问|还想问|那请问|请问)[，,、\\s]*");
    private static final Pattern TAIL = Pattern.compile("[呢吗嘛的啊呀]*[？?。！!\\s]*$");
    private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十\\d]{1,2})(?:条|点|个|项|部分|章|方面|个方面|段|类|阶段|步|种|件|块|大块)");
    private static final Pattern LAST = Pattern.compile("最后(?:一|那|这)?(?:条|点|个|项|部分|章|方面|个方面|段|类|阶段|步|种|件|块|大块)");
    /** "倒数第二件": counted from the end of the listed parts. */
    private static final Pattern FROM_END = Pattern.compile("倒数第([一二三四五六七八九十\\d]{1,2})(?:条|点|个|项|部分|章|方面|个方面|段|类|阶段|步|种|件|块|大块)");
    private static final Pattern PRONOUN_PERSON = Pattern.compile("[这那该][个位]?(?:责任人|负责人)|他|她|此人|这个人|这位");
    /** "这两项分别啥时候完成" after a list: all the items of the previous answer, which its subject names together. */
    private static final Pattern PRONOUN_ALL = Pattern.compile("这[两几三四五]项(任务|工作)?|这些任务|这些工作|这些事|它们|这[两几]件事?");
    private static final Pattern PRONOUN_TASK = Pattern.compile("这项任务|这个任务|该任务|这项工作|这件事|这项|这个|该项|这事|它");
    /** A follow-up that names only another column of the same task. */
    private static final Pattern ASPECT = Pattern.compile("(的)?(配合单位|协办单位|牵头单位|责任单位|责任人|负责人|完成时限|时限|时间节点|截止时间|完成时间|进展|进度|配合部门|牵头部门)");
    /** "这次会", "这个通知": the meeting or document the previous answer quoted, not a new topic. */
    public static final Pattern THIS_DOCUMENT = Pattern.compile(
            "(?:这次|那次|这个|那个|这份|那份|这篇|那篇|本次|此次|该)(?:会议|会|文件|通知|方案|纪要|讲话|细则)");
    /** Words that ask something: a follow-up holding one asks its own question. */
    private static final Pattern ASKS = Pattern.compile("啥|什么|哪|怎么|咋|多少|几|谁|如何|为何|吗");
    /** "较差的呢 有名额没": the new topic before 呢, then what is asked of it. */
    private static final Pattern TOPIC_THEN_ASK = Pattern.compile("(.+?)的?呢[，,、\\s]*(.+)");
    /**
     * "各占多少", "分别是啥", "每个都要多久": a question asked of each item of the list the previous answer gave (not
     * "各单位要干啥", whose 各 belongs to a word).
     */
    private static final Pattern EACH = Pattern.compile(
            "^(?:那么|那)?[，,\\s]*((?:各自|各(?=占|有|是|要|需|由|管|负责|包括|多少|几)|分别|每个|每项|每种|每一项|每一个)\\p{IsHan})");
    /** More items than this are not named together in one question. */
    private static final int MAX_EACH = 6;
    /** Longer than this, a question carries its own topic. */
    private static final int MAX_ELLIPTICAL = 16;
    /** This short, a question ("谁负责", "多久办一次") has no topic of its own. */
    private static final int BARE = 6;

    private FollowUpResolver() {
    }

    /**
     * @param entities names a topic may be (headings' keys, people, units), to find what the previous question was
     *                 about when its answer did not say
     */
    public static String resolve(String question, Turn previous, Collection<String> entities) {
        return resolve(question, previous, TopicNames.of(entities));
    }

    /** As {@link #resolve(String, Turn, Collection)}, a list item's fellow items preferred as what the topic replaces. */
    public static String resolve(String question, Turn previous, TopicNames names) {
        Collection<String> entities = names.names();
        String q = question.strip();
        if (previous == null || q.length() > MAX_ELLIPTICAL) {
            return q;
        }
        Matcher fromEnd = FROM_END.matcher(q);
        boolean counted = fromEnd.find();
        Matcher ordinal = counted ? fromEnd : ORDINAL.matcher(q);
        boolean numbered = counted || ordinal.find();
        Matcher last = LAST.matcher(q);
        boolean lastOne = !numbered && last.find(); // "最后一个阶段呢": the last of the listed parts
        // "讲话第三部分讲的啥" names its document: the third part of that one, not of the list just given
        if ((numbered || lastOne) && !previous.items().isEmpty() && DocumentHint.kind(q).isEmpty()) {
            if (lastOne) {
                ordinal = last;
            }
            int n = lastOne ? previous.items().size() : counted
                    ? previous.items().size() + 1 - ChineseNumerals.parse(ordinal.group(1))
                    : ChineseNumerals.parse(ordinal.group(1));
            if (n >= 1 && n <= previous.items().size()) {
                String rest = LEADING_COMMAS.matcher(q.substring(ordinal.end())).replaceAll("");
                boolean bare = TAIL.matcher(rest).replaceFirst("").isEmpty();
                String again = previous.ask().isEmpty() ? "具体说说" : previous.ask();
                return previous.items().get(n - 1) + (bare ? again : rest);
            }
        }
        if (numbered && !previous.task().isEmpty()) {
            // "那第七项归谁" after an answer from the 5th row of a task table: that table's 7th row
            String row = names.rowOfSameTable(previous.task(), ChineseNumerals.parse(ordinal.group(1)));
            if (!row.isEmpty() && !counted) {
                String rest = LEAD_IN.matcher(q.substring(ordinal.end())).replaceFirst("");
                return row + (TAIL.matcher(rest).replaceFirst("").isEmpty() ? "谁负责" : rest);
            }
        }
        if ((numbered || lastOne) && !previous.document().isEmpty() && DocumentHint.kind(q).isEmpty()) {
            // "那第二部分呢" after an answer from one of two speeches: a part of the speech just quoted
            return "《" + previous.document() + "》" + q;
        }
        if (previous.items().size() >= 2 && !previous.subject().isEmpty() && PRONOUN_ALL.matcher(q).find()) {
            return PRONOUN_ALL.matcher(q).replaceFirst(previous.subject() + "的任务").replace("分别", "");
        }
        if (previous.items().size() >= 2 && !previous.subject().isEmpty()
                && LEAD_IN.matcher(q).replaceFirst("").startsWith("分别")) {
            // "分别啥时候完成" after a list: each of its items, named together by its subject
            return previous.subject() + "的任务" + LEAD_IN.matcher(q).replaceFirst("").substring("分别".length());
        }
        Matcher each = EACH.matcher(q);
        if (previous.items().size() >= 2 && previous.items().size() <= MAX_EACH && each.find()) {
            // "各占多少权重" after a list of 平时考核, 季度考核, 年终考核: asked of each item, so named together
            return String.join("、", previous.items()) + q.substring(each.start(1));
        }
        if (!previous.person().isEmpty() && PRONOUN_PERSON.matcher(q).find()) {
            return PRONOUN_PERSON.matcher(q).replaceFirst(previous.person()).replace("还", "");
        }
        if (!previous.task().isEmpty() && PRONOUN_TASK.matcher(q).find()) {
            return PRONOUN_TASK.matcher(q).replaceFirst(previous.task());
        }
        String topicOfPrevious = !previous.task().isEmpty() ? previous.task()
                : !previous.subject().isEmpty() ? previous.subject() : leadingPhrase(previous.question());
        if (!topicOfPrevious.isEmpty() && PRONOUN_TASK.matcher(q).find()) { // "它主要负责啥" after "行动办设在哪"
            return PRONOUN_TASK.matcher(q).replaceFirst(topicOfPrevious);
        }
        boolean elliptical = LEAD_IN.matcher(q).find() || ENDS_WITH_NE.matcher(q).matches();
        boolean bare = noTopic(q) || q.length() <= BARE && !namesSomething(q, entities);
        if (!topicOfPrevious.isEmpty() && bare && !elliptical) { // "谁负责", "配合单位是哪个", "多久办一次"
            return topicOfPrevious + q;
        }
        if (!elliptical) {
            return q;
        }
        String topic = TAIL.matcher(LEAD_IN.matcher(q).replaceFirst("")).replaceFirst("");
        if (topic.isEmpty()) {
            return previous.question();
        }
        Matcher ownAsk = TOPIC_THEN_ASK.matcher(topic);
        if (ownAsk.matches()) {
            // "那较差的呢 有名额没": a new topic and a question of its own about it, not the previous question's
            return ownAsk.group(1) + ownAsk.group(2);
        }
        if (THIS_DOCUMENT.matcher(q).find()) {
            // "那这次会谁主持的" asks of the meeting the previous answer quoted, not of the previous question's subject
            return LEAD_IN.matcher(q).replaceFirst("");
        }
        if (ASPECT.matcher(topic).matches() && !topicOfPrevious.isEmpty()) { // "配合单位呢" after a task's lead unit
            return topicOfPrevious + "的" + topic + "是什么";
        }
        if (ASKS.matcher(topic).find() && !noTopic(topic) && !ASPECT.matcher(topic).find()) {
            // "那最多跑一次又是个啥标准" after "四办是哪四种办法": a topic and its own question, whole without the
            // previous one (declined alone, it is still asked again within it)
            return topic;
        }
        String old = subjectOf(previous, names, topic);
        if (old.isEmpty()) {
            old = leadingPhrase(previous.question());
        }
        if (!old.isEmpty()) {
            int at = previous.question().indexOf(old);
            if (POINTER_AFTER.matcher(previous.question().substring(at + old.length())).lookingAt()) {
                // "学习这块…" then "那执行落实方面呢": the new name takes the old one's place before 这块
                topic = POINTER_WORD.matcher(topic).replaceFirst("");
            }
            return previous.question().replace(old, topic);
        }
        return topic + "，" + previous.question();
    }

    /**
     * The answer's own subject if the question names it, else the longest known name in the question that the documents
     * list together with the new topic, else the longest known name in it.
     */
    private static String subjectOf(Turn previous, TopicNames names, String topic) {
        if (!previous.subject().isEmpty() && previous.question().contains(previous.subject())) {
            return previous.subject();
        }
        String named = pointedName(previous);
        if (!named.isEmpty()) {
            return named; // "学习这块" named the part 学习氛围明显浓厚 by its first word
        }
        String best = "";
        String fellow = "";
        for (String e : names.names()) {
            if (e.length() < 2 || !previous.question().contains(e)) {
                continue;
            }
            if (e.length() > best.length()) {
                best = e;
            }
            if (e.length() > fellow.length() && names.listedWithItemOf(e, topic)) {
                fellow = e;
            }
        }
        return fellow.isEmpty() ? best : fellow;
    }

    /** "这块", "那部分" right after a name: the name points at a part of a document. */
    private static final Pattern POINTER_AFTER = Pattern.compile("[这那]一?(?:块|部分|方面)");
    /** A new name's own pointer word ("执行落实方面"), left out where the old name's pointer follows. */
    private static final Pattern POINTER_WORD = Pattern.compile("(?:这|那)?一?(?:方面|块|部分)$");

    /**
     * The words before a pointer in the previous question ("学习这块") that begin the answer's subject (the part
     * 学习氛围明显浓厚), the longest such; "" when the question named the subject otherwise.
     */
    private static String pointedName(Turn previous) {
        String subject = previous.subject();
        Matcher pointer = POINTER_AFTER.matcher(previous.question());
        while (!subject.isEmpty() && pointer.find()) {
            String before = previous.question().substring(0, pointer.start());
            for (int n = Math.min(before.length(), subject.length()); n >= 2; n--) {
                if (subject.startsWith(before.substring(before.length() - n))) {
                    return before.substring(before.length() - n);
                }
            }
        }
        return "";
    }

    /** A short question that names a document ("讲话讲了几点") or a known name stands on its own. */
    public static boolean namesSomething(String question, Collection<String> entities) {
        return !DocumentHint.kind(question).isEmpty()
                || entities.stream().anyMatch(e -> e.length() >= 2 && question.contains(e));
    }

    /** True when nothing is left of a question once the words that say what it asks are taken out. */
    private static boolean noTopic(String question) {
        return RelevanceFloor.contentBigrams(TaskAsk.withoutAskWords(HalfWidth.of(question))).isEmpty();
    }

    /** The question's subject when it opens with one: the words before its first predicate, 2–8 characters. */
    static String leadingPhrase(String question) {
        String q = LEAD_IN.matcher(question).replaceFirst("");
        int end = QuestionSubject.end(q);
        if (end == q.length()) {
            return "";
        }
        String phrase = q.substring(0, end).strip();
        return phrase.length() >= 2 && phrase.length() <= 8 ? phrase : "";
    }

}
