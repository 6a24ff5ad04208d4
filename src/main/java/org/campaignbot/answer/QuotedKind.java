package org.campaignbot.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.search.AnswerKind;
import org.campaignbot.message.Reply;

/**
 * Kinds of answer a quotation either holds or not: a day, a month, a named unit, a phone number, an amount. A question asking for one ("推进会是几月
 * 几号开的", "服务企业月是几月份搞", "一共配了多少个帮办代办员") is not answered by sentences that only speak of its topic:
 * the passages found talk about the meeting, the campaign month or the helpers, but give no date or number. Such near
 * misses clear the relevance floor by their wording; what the quotation lacks tells them apart. Checked on the reply
 * quoted, not on the passages found, which hold dates and numbers of other things.
 *
 * @param asked  the question's words that ask for this kind
 * @param answer what a quotation answering it contains
 */
record QuotedKind(Pattern asked, Pattern answer) {
    private static final String NUMERAL = "[0-9一二两三四五六七八九十百千万]";
    private static final List<QuotedKind> KINDS = List.of(
            new QuotedKind(Pattern.compile("几月几[号日]|几号|哪天|哪一天|哪日|什么日子|啥日子"),
                    Pattern.compile(NUMERAL + "{1,3}[日号]|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|月底|月初|月末|年底|年初")),
            new QuotedKind(Pattern.compile("几月份|哪个月|哪月|几月"),
                    Pattern.compile(NUMERAL + "{1,2}月(?!活动)|年底|年初|年中|季度|上半年|下半年")),
            // a unit by its name (市委督查室, 局作风办): "三个单位作了交流发言" names none
            new QuotedKind(Pattern.compile("哪个单位|哪些单位|哪几个单位|哪[一二两三四五六七八九十]个单位|哪个部门|哪些部门|哪个科室|哪家"),
                    Pattern.compile("\\p{IsHan}{2,}(?:局|委|办|部|室|科|中心|院|厅|党校|小组|公司|机构)")),
            new QuotedKind(AnswerKind.PHONE.asked(), AnswerKind.PHONE.answer()),
            // not 哪几个, which asks which ones (目标是哪几个词)
            new QuotedKind(Pattern.compile("多少|(?<!哪)几(?:个|名|位|项|次|家|户|天|期|人|批)"),
                    Pattern.compile("\\d|" + NUMERAL + "+(?:个|名|位|项|次|家|户|天|年|期|人|批|条|类|件|倍|成|周|季度)|全部|所有|全覆盖")));

    /** A citation mark, [1]: a number of the reply's own, not of what it quotes. */
    private static final Pattern CITATION_MARK = Pattern.compile("\\[\\d+]");

    /** True when the question asks for a kind of answer that the reply's quotations (sources left out) do not hold. */
    static boolean missing(String question, Reply reply) {
        String quoted = CITATION_MARK.matcher(reply.body()).replaceAll("");
        for (QuotedKind kind : KINDS) {
            if (kind.asked().matcher(question).find() && !kind.answer().matcher(quoted).find()) {
                return true;
            }
        }
        return false;
    }
}
