package org.campaignbot.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.AnswerKind;
import org.campaignbot.message.Reply;

/**
 * Kinds of answer a quotation either holds or not: a day, a month, a named unit or district, a phone number, a
 * number of days, people or points, an amount, the members of a counted set, the holder of an office. A question
 * asking for one ("推进会是几月几号开的", "服务企业月是几月份搞", "一共配了多少个帮办代办员") is not answered by
 * sentences that only speak of its topic:
 * the passages found talk about the meeting, the campaign month or the helpers, but give no date or number. Such near
 * misses clear the relevance floor by their wording; what the quotation lacks tells them apart. Checked on the reply
 * quoted, not on the passages found, which hold dates and numbers of other things.
 *
 * @param asked  the question's words that ask for this kind
 * @param answer what a quotation answering it contains
 */
record QuotedKind(Pattern asked, Pattern answer) {
    private static final String NUMERAL = "[0-9一二两三四五六七八九十百千万]";
    /** What a set is counted in: "20个场景", "38门课", "十大难题". */
    private static final String COUNT_WORD = "(?:个|项|大|批|类|件|家|条|门|种|所|场|期)";
    /** How many or how much; not 哪几个, which asks which ones (目标是哪几个词). Checked without the years quoted. */
    private static final QuotedKind AMOUNT = new QuotedKind(Pattern.compile("多少|(?<!哪)几(?:个|名|位|项|次|家|户|天|期|人|批)"),
            Pattern.compile("\\d|" + NUMERAL + "+(?:个|名|位|项|次|家|户|天|年|期|人|批|条|类|件|倍|成|周|季度)|全部|所有|全覆盖"));
    /**
     * The members of a counted set: "首批20个场景都是哪些" is not answered by the sentence that counts them. A quoted list
     * parts its items with 、 or ；, 一是/二是, 其一, or numbered lines.
     */
    private static final QuotedKind MEMBERS = new QuotedKind(
            Pattern.compile("(?s)^(?=.*(?:" + NUMERAL + "+" + COUNT_WORD + "|清单|名单))"
                    + ".*(?:(?:都|具体|分别)都?(?:是|有|包括)些?(?:哪些|哪几|啥|什么)|是哪(?:几|" + NUMERAL + "+)(?:个|项|件|条|家|类)"
                    + "|(?:名单|清单|明细)(?:能|可以)?(?:发|给|列|看|说))"),
            Pattern.compile("、|[；;]|[一二三四五六七八九十]是|其一|\\n\\s*\\d+[.．]"));
    /** The set's size the question states: "那十大难题", "63项重点任务". */
    private static final Pattern COUNTED = Pattern.compile("(\\d+|[一二两三四五六七八九十]+)" + COUNT_WORD);
    /** A list this long is not expected in a chat reply; fewer items than this many are not the list. */
    private static final int MAX_ITEMS_EXPECTED = 10;

    /**
     * True when the question asks for the members of a set it counts ("十大难题具体是哪十个") and the quotation parts
     * fewer items than that (three clauses about how the problems are tackled are not the ten problems).
     */
    static boolean fewerMembers(String question, String quoted) {
        if (!MEMBERS.asked().matcher(question).find()) {
            return false;
        }
        Matcher counted = COUNTED.matcher(question);
        if (!counted.find()) {
            return false;
        }
        int n = Math.min(org.campaignbot.common.ChineseNumerals.parse(counted.group(1)), MAX_ITEMS_EXPECTED);
        Matcher breaks = MEMBERS.answer().matcher(quoted);
        int parts = 1;
        while (breaks.find()) {
            parts++;
        }
        return n > 1 && parts < n;
    }

    /** A year, or a date with its year: "列入2027年县级财政预算" states no amount. */
    private static final Pattern DATED = Pattern.compile("\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?");
    private static final List<QuotedKind> KINDS = List.of(
            new QuotedKind(Pattern.compile("几月几[号日]|几号|哪天|哪一天|哪日|什么日子|啥日子"),
                    Pattern.compile(NUMERAL + "{1,3}[日号]|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|月底|月初|月末|年底|年初")),
            new QuotedKind(Pattern.compile("几月份|哪个月|哪月|几月"),
                    Pattern.compile(NUMERAL + "{1,2}月(?!活动)|年底|年初|年中|季度|上半年|下半年")),
            // a closing day: "夜校报名啥时候截止" is not answered by when its classes meet
            new QuotedKind(Pattern.compile("(?:啥|什么)时候截止|截止(?:到|日期|时间)?(?:是)?(?:啥|什么)时候|哪天截止|截止日期"),
                    Pattern.compile(NUMERAL + "{1,2}月(?:" + NUMERAL + "{1,2}[日号]|底|末|初|上旬|中旬|下旬)"
                            + "|\\d{4}[-./年]|年底|年末|月底|月末|长期坚持|每季度末")),
            // a place: "考场设在哪" is not answered by the rule that no phone may enter it
            new QuotedKind(Pattern.compile("设在哪|在哪(?:里|儿)?(?:开|办|考|举行|举办)|(?:啥|什么)地方(?:开|办|考|举行)|地点(?:在|是)?哪"),
                    Pattern.compile("设在|地点|\\p{IsHan}{2,}(?:室|楼|厅|礼堂|党校|大厦|校区|会场|考点|中心|宾馆|酒店)")),
            // an outside body by its name: "满意度测评请的哪家第三方机构" is not answered by "组织第三方开展测评"
            new QuotedKind(Pattern.compile("哪家(?:第三方|机构|公司|咨询)|第三方\\p{IsHan}{0,4}哪家"),
                    Pattern.compile("\\p{IsHan}{2,}(?:公司|研究院|研究所|研究中心|大学|学院|事务所|调查队|协会)")),
            // a unit by its name (市委督查室, 局作风办): "三个单位作了交流发言" names none
            new QuotedKind(Pattern.compile("哪个单位|哪些单位|哪几个单位|哪[一二两三四五六七八九十]个单位|哪个部门|哪些部门|哪个科室|哪家"),
                    Pattern.compile("\\p{IsHan}{2,}(?:局|委|办|部|室|科|中心|院|厅|党校|小组|公司|机构)")),
            // a district or township by its name: "督办台账办结率哪个县区最高" is not answered by the city's total
            new QuotedKind(Pattern.compile("哪个县区|哪些县区|哪个区县|哪个县|哪个区|哪个乡镇|哪些乡镇|哪个街道"),
                    Pattern.compile("[[\\p{IsHan}A-Za-z]&&[^各全本我县区市省]]{2,4}(?:县|区|乡|镇|街道)(?![区直级委])")),
            new QuotedKind(AnswerKind.PHONE.asked(), AnswerKind.PHONE.answer()),
            // a person by name: "抽过去的那个骨干叫啥名" is not answered by the sentence that says one was sent (but
            // "每步叫啥", "公众号叫什么" ask the name of a thing)
            new QuotedKind(Pattern.compile("(?:人|骨干|干部|同志|领导|主任|组长|书记|局长|县长|市长|负责人|联系人|专员)[^，。？?]{0,4}"
                    + "(?:叫(?:啥|什么)(?:名字?)?|姓(?:啥|什么)|名字)|哪位领导(?:讲|作|做)|哪个领导(?:讲|作|做)"
                    + "|(?:派|选|去|抽|调)的?都是谁|都有谁|是哪些同志"),
                    // "分管负责同志", "有关同志" name a post or a group, not a person
                    Pattern.compile("\\p{IsHan}{2,3}(?<!负责|有关|相关|其他|广大|全体|党员)同志|(?:责任人|负责人|联系人|主持人|记录人|组长|主任)[：:]"
                            + "|\\p{IsHan}{2,3}[（(][^）)]{0,30}(?:书记|长|主任|委员)[^）)]{0,20}[）)]")),
            // a length of time in days: "每期培训几天" is not answered by "每季度举办1期"
            new QuotedKind(Pattern.compile("几天|多少天"),
                    Pattern.compile(NUMERAL + "+个?(?:天|日|工作日|周|星期)|学时")),
            // a day of the week: "无会日定在星期几" is answered by "每周四"
            new QuotedKind(Pattern.compile("星期几|周几|礼拜几"),
                    Pattern.compile("(?:周|星期|礼拜)[一二三四五六日天]")),
            // a number of people: "每批多少人" is not answered by "分三批…每人累计不少于24学时"
            new QuotedKind(Pattern.compile("(?<!哪)几(?:个人|人|名)|多少(?:个人|人|名)"),
                    Pattern.compile(NUMERAL + "+(?:\\.\\d+)?万?(?:人|名)|全体|全员")),
            // households, articles, sessions: "夜访每次走访多少户" is not answered by "每周三晚上先集中学习1小时"
            new QuotedKind(Pattern.compile("(?<!哪)几户|多少户"), Pattern.compile(NUMERAL + "+(?:\\.\\d+)?万?[多余]?户")),
            new QuotedKind(Pattern.compile("(?<!哪)几篇|多少篇"), Pattern.compile(NUMERAL + "+[多余]?篇")),
            new QuotedKind(Pattern.compile("(?<!哪)几场|多少场"), Pattern.compile(NUMERAL + "+(?:\\.\\d+)?万?[多余]?场")),
            // points of a score: "各项指标分别几分" is not answered by "分值权重不低于10%", "总分得多少以上才能评好"
            // not by "分为好、较好、一般、较差四个等次"
            new QuotedKind(Pattern.compile("几分(?![钟之])|多少分(?![钟之])|(?:总分|得分|分数|分值)\\p{IsHan}{0,3}?(?:多少|几)"),
                    // or a table's cell: "综合得分：92.8", "分值：10"
                    Pattern.compile("\\d+(?:\\.\\d+)?分(?![钟之别工类批级管析])|(?:得分|分值|分数)[:：]\\s*\\d")),
            MEMBERS,
            // money: "评上好等次的单位奖金发多少" is not answered by what the grade brings
            new QuotedKind(Pattern.compile("多少钱|奖金|多少万|资金多少|经费多少|补贴多少"),
                    Pattern.compile(NUMERAL + "+(?:\\.\\d+)?(?:万|亿)?元")),
            // a reward: "技能比武拿了第一有啥奖励" is not answered by what befalls the last
            new QuotedKind(Pattern.compile("(?:啥|什么|哪些)奖励|奖励(?:是)?(?:啥|什么)|有(?:啥|什么)奖"),
                    Pattern.compile("奖|表彰|表扬|嘉奖|优先|激励|评先")),
            // a time allowed: "重新整改给多长期限" is not answered by the rule that orders it
            new QuotedKind(Pattern.compile("多长期限|期限多长|给多长时间|多长时间内|几天内|多少天内"),
                    Pattern.compile(NUMERAL + "+个?(?:天|日|工作日|周|星期|月|年)")),
            // the criteria something is chosen or judged by: "帮办代办员是按啥条件选的"
            new QuotedKind(Pattern.compile("(?:啥|什么|哪些)(?:条件|标准|资格)|按(?:啥|什么)(?:条件|标准)"),
                    Pattern.compile("条件|标准|资格|具备|符合")),
            AMOUNT);

    /** A citation mark, [1]: a number of the reply's own, not of what it quotes. */
    private static final Pattern CITATION_MARK = Pattern.compile("\\[\\d+]");

    /**
     * Who holds an office ("作风办主任是哪位", "领导小组组长是谁"): a quotation that does not name the office is about
     * the unit, not its head, however well it matches (a task list of the unit, the sentence that sets it up).
     */
    private static final Pattern ROLE_ASKED = Pattern.compile(
            "(副?(?:主任|组长|局长|部长|书记|科长|处长|县长|市长|主席|秘书长))(?:是|由|又是|到底是)?(?:谁|哪位|哪个|何人)");

    /**
     * True when the reply's quotations do not name a thing the question asks for ("三抓三促行动的专项经费有多少" answered
     * with sentences on the campaign that never say 经费): they are about the question's other words, not its thing.
     */
    static boolean lacksAny(List<String> askedWords, Reply reply) {
        String quoted = HalfWidth.of(CITATION_MARK.matcher(reply.body()).replaceAll(""));
        // a figure may be the thing itself ("回访比例要求多少" → "差评件100%回访"), in words of its own
        boolean figures = DIGIT.matcher(DATED.matcher(quoted).replaceAll("")).find();
        return !figures && askedWords.stream().anyMatch(w -> !quoted.contains(w));
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** A group or an office named right before the role asked about: "第二督查组组长", "作风办主任". */
    private static final Pattern GROUP_BEFORE = Pattern.compile("\\p{IsHan}{2}[组办室队]$");

    /**
     * "市里第二督查组组长是谁": a quotation naming the head of another group (综合协调组组长由…) is not the answer; the
     * group named right before the role must be quoted too. Only groups and offices: a bureau (交通局局长) is often
     * quoted without its name (局党组书记、局长).
     */
    private static boolean namesGroupOf(String question, int roleStart, String quoted) {
        Matcher group = GROUP_BEFORE.matcher(question.substring(0, roleStart));
        return !group.find() || quoted.contains(group.group());
    }

    /**
     * The kinds the question asks for that {@code text} does not hold (an amount aside), as what a sentence holding one
     * contains: the answerer looks for such a sentence right after its best one before the reply is judged.
     */
    static List<Pattern> lacking(String question, String text) {
        List<Pattern> out = new java.util.ArrayList<>();
        for (QuotedKind kind : KINDS) {
            // not a bare amount: any figure would do, and the next sentence often has one about something else
            if (kind != AMOUNT && kind.asked().matcher(question).find() && !kind.answer().matcher(text).find()) {
                out.add(kind.answer());
            }
        }
        return out;
    }

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");

    /**
     * The quotation without the figures the question itself gives: "河西县那42个重点项目 计划总投资一共多少" is not answered
     * by "对全县42个重点项目实行包联", which holds no figure but the one asked about.
     */
    static String withoutFiguresOf(String question, String quoted) {
        String text = quoted;
        Matcher figure = FIGURE.matcher(HalfWidth.of(question));
        while (figure.find()) {
            text = text.replaceAll("(?<![\\d.])" + Pattern.quote(figure.group()) + "(?![\\d.])", "");
        }
        return text;
    }

    /** True when the question asks for a kind of answer that the reply's quotations (sources left out) do not hold. */
    static boolean missing(String question, Reply reply) {
        String quoted = CITATION_MARK.matcher(reply.body()).replaceAll("");
        Matcher role = ROLE_ASKED.matcher(question);
        if (role.find() && (!quoted.contains(role.group(1)) || !namesGroupOf(question, role.start(), quoted))) {
            return true;
        }
        if (fewerMembers(question, quoted)) {
            return true;
        }
        for (QuotedKind kind : KINDS) {
            String text = kind == AMOUNT ? withoutFiguresOf(question, DATED.matcher(quoted).replaceAll("")) : quoted;
            if (kind.asked().matcher(question).find() && !kind.answer().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
