package org.campaignbot.knowledge.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a question's subject ends: at its first predicate or question word. "执行是检验啥的标准" → 执行, "行动办设在哪个单位"
 * → 行动办, "防汛工作怎么安排" → 防汛工作. Read by follow-ups (what the previous question was about) and by retrieval (a
 * line of work no document knows).
 */
public final class QuestionSubject {
    /** 会 is a verb ("会不会") but not in 座谈会, 推进会 or 会议, which are what a question is about. */
    private static final Pattern PREDICATE = Pattern.compile("是|有|要|怎|为什么|为啥|如何|在|由|的|设|应|需|该|能|"
            + "(?<!座谈|推进|动员|例|大|会)会(?!议)|把|对|讲|说|什么|哪|谁|多少|几|多久");

    private QuestionSubject() {
    }

    /** The index where the subject ends, or the question's length when nothing predicates it. */
    public static int end(String question) {
        Matcher m = PREDICATE.matcher(question);
        return m.find() ? m.start() : question.length();
    }
}
