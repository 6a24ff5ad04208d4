package org.campaignbot.knowledge.table;

import java.util.regex.Pattern;

/**
 * What a question about the task tables asks for. Recognised by wording, in either punctuation width: the words
 * cadres use for "who", "which unit leads", "by when", "how far along" and "which tasks".
 */
public record TaskAsk(boolean who, boolean lead, boolean co, boolean when, boolean progress, boolean list) {
    private static final Pattern WHO = Pattern.compile("谁|负责人|责任人|哪位|联系人|哪个领导|哪名领导|什么领导|责任领导|分管领导");
    private static final Pattern LEAD = Pattern.compile("牵头|哪个单位|哪家单位|哪个部门|哪些单位|哪些部门|责任单位|主责|哪个局|归口|哪个科|哪个处|责任科室|责任处室");
    private static final Pattern CO = Pattern.compile("配合|协办|协助|参与单位|协同");
    private static final Pattern WHEN = Pattern.compile("什么时候|啥时候|啥时|何时|时限|时间节点|截止|期限|完成时间|哪天|几号|几月|多久|时间要求|时间点|deadline",
            Pattern.CASE_INSENSITIVE);
    /**
     * "多久办一期", "中心组多久集中学习一次", "每年要讲几次": how often something recurs is written in the prose
     * ("每季度举办1期"), while a table's 完成时限 says when a task is due; such a question is not about a deadline.
     */
    private static final Pattern FREQUENCY = Pattern.compile("(多久|多长时间|隔多长时间|多少天).{0,8}(一次|一期|一回|1次|1期)|"
            + "(每|一)(年|个月|月|季度|周|星期|天).{0,6}(几次|多少次|几期|多少期|几回)|频次|频率");
    private static final Pattern PROGRESS = Pattern.compile("进展|进度|完成了吗|完成没|办结了吗|办结没|怎么样了|情况如何|到哪一步");
    private static final Pattern LIST = Pattern.compile("哪些任务|什么任务|哪几项|几项|多少项|负责哪些|负责什么|负责啥|要做什么|要干什么|做哪些|干哪些|"
            + "有什么任务|有哪些任务|牵头哪些|牵头什么|配合哪些|配合什么|承担|分管|任务有哪些|的任务|任务清单|做些什么|干些什么|需要做|要做啥|"
            // "局机关纪委在分工表里管啥", "县数据局配合的是哪项"
            + "管啥|管什么|管哪些|管些啥|是哪项|是哪一项|哪件事|哪几件事|"
            // "投资促进局在方案里分了哪些活"
            + "哪些活|啥活|什么活|分了哪些|分到哪些|分了啥");

    /**
     * "万人赋能那块的钱谁出", "经费从哪列支": who pays is written in the prose on funding (由各县区财政列支), never in a
     * task table's columns; such a question asks no task's who or unit.
     */
    private static final Pattern PAYS = Pattern.compile(
            "(?:钱|经费|费用|资金|开支|花销)(?:的|都|要|该|是|由|归|从)*(?:谁|哪个单位|哪家|哪里|哪儿|哪)(?:出|掏|负担|承担|列支|支出|拿|来)?"
            + "|谁(?:出钱|掏钱|买单|出资)");

    public static TaskAsk of(String question) {
        if (PAYS.matcher(question).find()) {
            return new TaskAsk(false, false, false, false, false, false);
        }
        return new TaskAsk(WHO.matcher(question).find(), LEAD.matcher(question).find(), CO.matcher(question).find(),
                WHEN.matcher(question).find() && !FREQUENCY.matcher(question).find(), PROGRESS.matcher(question).find(),
                LIST.matcher(question).find());
    }

    /** Asks about one task's who, unit, deadline or progress. */
    public boolean aboutATask() {
        return who || lead || co || when || progress;
    }

    public boolean any() {
        return aboutATask() || list;
    }

    /** Words that point at a row or say what is asked of it, not its topic (see {@link #withoutAskWords}). */
    private static final Pattern POINTING =
            Pattern.compile("[这那]一?(?:项|条|个|件|块)|负责|任务|完成|单位|部门|工作|多少|哪些|哪个|什么|要求|情况|由|是");

    /** Wording that names what is asked, removed before the question's topic words are compared with task titles. */
    public static String withoutAskWords(String question) {
        String q = question;
        for (Pattern p : new Pattern[] {WHO, LEAD, CO, WHEN, PROGRESS, LIST}) {
            q = p.matcher(q).replaceAll(" ");
        }
        // "留痕那一项", "庸懒散拖那条": the words that point at a row are not its topic
        return POINTING.matcher(q).replaceAll(" ");
    }
}
