package org.campaignbot.knowledge.search;

import java.util.regex.Pattern;

/**
 * Words added to the lexical queries for questions whose answer is phrased differently from the question. A "why"
 * question ("为啥要搞三抓三促行动") shares only its topic with every passage; the passage that answers it says
 * 意义, 目的, 需要 or 举措. The vector query is left as asked: bge already carries the question's intent.
 */
final class QueryExpansion {
    private static final Pattern WHY = Pattern.compile("为什么|为啥|为何|干嘛要|干吗要|什么目的|目的是|目的何在|意义|原因|为了什么|为了啥|是为了");
    private static final String WHY_WORDS = " 意义 目的 需要 必然选择";

    private QueryExpansion() {
    }

    static String lexical(String question) {
        return WHY.matcher(question).find() ? question + WHY_WORDS : question;
    }
}
