package org.campaignbot.knowledge.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Kinds of answer that look the same wherever they are written: a phone number, a web address, a time of day, a
 * building or room; the next session of something held regularly; an app. A question asking for one ("李明的联系电话
 * 多少", "网址发一下", "几点到几点开门", "意见箱放在哪栋楼", "下一期讲什么") is answered only by a passage that holds one; when none of the passages found does, the documents do not
 * answer it, however close its other words are to them. These near misses are what the relevance floor cannot tell
 * from paraphrases by similarity or wording. Kinds not listed here (a person, an amount) are written too many ways
 * to recognise, and are left to the floor.
 *
 * @param asked  the question's words that ask for this kind
 * @param answer what a passage holding an answer of this kind contains
 */
public record AnswerKind(Pattern asked, Pattern answer) {
    /** A phone number asked for, and written: also checked on replies that list tasks (see answer.QuotedKind). */
    public static final AnswerKind PHONE = new AnswerKind(Pattern.compile("电话|手机号|号码|联系方式"),
            Pattern.compile("\\d{3,4}-\\d{7,8}|1\\d{10}|\\d{7,}"));
    private static final List<AnswerKind> KINDS = List.of(
            PHONE,
            new AnswerKind(Pattern.compile("网址|链接|网站地址|网页地址"),
                    Pattern.compile("https?://|www\\.|\\.(?:cn|com|net|org)\\b", Pattern.CASE_INSENSITIVE)),
            // 几点 alone is also "how many points" (讲话有几点): only 几点 with what happens at that hour
            new AnswerKind(Pattern.compile("几点(?:钟|到|开|关|上班|下班|结束|截止|之前|以前|前|后|以后)|什么时间段"),
                    Pattern.compile("\\d{1,2}[:：]\\d{2}|\\d{1,2}点|[上下]午|晚上")),
            // not 几层, which is also "how many layers" (分成哪几层意思)
            new AnswerKind(Pattern.compile("哪栋楼|哪座楼|哪个楼|几楼|几号楼|哪层楼|门牌|地址在|什么地址"),
                    Pattern.compile("\\d+(?:号楼|楼|层|室)|[路街巷]\\d+号|会议室|大厦|大楼|楼")),
            // the next session of something held regularly: plans say how often, not what the next one holds
            new AnswerKind(Pattern.compile("下一期|下期|下一次|下次|下回|下一批|下一届"),
                    Pattern.compile("下一期|下期|下一次|下次|下回|下一批|下一届")),
            new AnswerKind(Pattern.compile("(?i)app|软件|小程序|客户端"),
                    Pattern.compile("(?i)app|软件|小程序|客户端")));

    /** True when the question asks for a kind of answer that none of the texts holds. */
    static boolean missing(String question, List<String> texts) {
        for (AnswerKind kind : KINDS) {
            if (kind.asked().matcher(question).find()
                    && texts.stream().noneMatch(t -> kind.answer().matcher(t).find())) {
                return true;
            }
        }
        return false;
    }
}
