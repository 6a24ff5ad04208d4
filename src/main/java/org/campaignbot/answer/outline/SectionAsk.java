package org.campaignbot.answer.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.knowledge.search.DocumentHint;

/**
 * Questions about a part of a document rather than a fact in it: "讲话讲了几点" (the outline), "第三部分讲了什么"
 * (a part by its number), "抓学习促提升有哪些要求" (a part by its heading).
 *
 * @param outline  asks for the document's parts (几点, 几个部分, 哪几个方面, 主要内容, 框架)
 * @param broad    asks what stands under a heading (有哪些要求, 怎么做, 主要举措, 讲了什么), not a narrow fact
 * @param ordinal  the part named by its number (第三部分 → 3), or 0
 * @param document the kind of document it names ("讲话", "方案", see {@link DocumentHint}) or ""
 * @param count    the number of parts the question itself states ("四点意见", "三个部分"), or 0
 * @param opening  asks for the opening words ("开头"): of the document, or of the numbered part ("第一部分开头那段")
 * @param part     numbers a part as a whole (第三部分, 第二个方面, 第一块), which a document marks 一、二、三, not an item
 *                 (第三条, 第二项) that a list numbers 1. 2. 3.
 */
record SectionAsk(boolean outline, boolean broad, int ordinal, String document, int count, boolean opening,
                  boolean part) {
    private static final Pattern OUTLINE = Pattern.compile("几点|几个部分|几部分|哪几个部分|几章|几个章|哪几章|哪些章|多少章|哪些部分|哪几部分|几个方面|哪几个方面|哪些方面|几方面|"
            + "几大块|几块|框架|结构|提纲|大纲|主要内容|哪几条|几条|分为|分成|包括哪几|哪几项|几项|有哪些主要任务|主要任务有哪些|哪些重点任务|几大任务|"
            + "几点意见|[一二三四五六七八九十]点意见|几个大标题|大标题|小标题|标题|有几个|几大|分别是|分别讲|要点|梗概|概括|总结一下|概要|"
            + "几个问题|哪几个问题|几件事|哪几件|开头|开场白|一开始|几个阶段|几阶段|哪些阶段|几个步骤|几步|几类|哪些类|哪[一二两三四五六七八九十](?:点|个方面|方面|个部分|部分|条|块|类|样|种|个|项)|哪几样|几样|哪几种|几种");
    private static final Pattern BROAD = Pattern.compile(
            // "做法和成效写了哪几家单位": the units a part names, asked for as a whole
            "(?:写|列|点|提|介绍)?了?(?:哪几|哪些)(?:家|个)?(?:单位|部门)|哪些要求|什么要求|具体要求|哪些具体|怎么做|如何做|怎样做|怎么抓|如何抓|怎么干|如何开展|怎么开展|怎么落实|如何落实|"
            + "举措|措施|具体内容|主要内容|讲了什么|讲的什么|讲了哪些|说了什么|内容是什么|包括哪些|包括什么|有哪些|有什么|哪几|具体说说|详细说说|"
            + "展开说说|具体讲讲|重点是什么|做些什么|做什么|干什么|部署了什么|什么安排|怎么安排|怎么要求|如何要求|讲什么|要点|是什么|"
            + "怎么说|怎么讲|如何说|咋说|咋讲|怎么写|咋写|(?:说|写|讲)的(?:是)?什么|写了什么|提了哪些|提出了哪些|作了哪些|做了哪些|有何要求|有什么规定|咋要求|怎么规定|如何规定|咋做|咋办|咋抓|咋搞|如何推进|"
            + "怎么推进|抓什么|怎么部署|如何部署|部署了哪些|什么意思|讲了些什么|说了些什么|哪些工作|哪些方面|具体是|指什么|是指|"
            + "具体点|详细点|具体些|详细些|展开讲|展开说|细说|多说点|再说说|讲详细|说详细|强调了什么|强调了哪些|强调什么|着重强调|重点强调|"
            // "都要求些啥", "写了些啥", "提了啥" (啥 read as 什么): what a part says, asked without 有哪些
            + "(?:讲|说|写|提|要求)了?些什么|(?:提|要求)了?什么|咋安排|咋弄|咋整|咋推进|咋落实|咋开展|学什么|怎么学|咋学|"
            // "考核评价这条怎么定的", "分工表里都列了哪些事"
            + "怎么定|咋定|如何定|定了什么|列了哪些|列了什么|哪些事|"
            // "简报点了哪些问题", "介绍了哪些经验": what a part reports
            + "(?:点|点出|指出|查出|找出|介绍|总结|提到|讲到|说到|取得)了?哪些|取得了?(?:什么|啥)|"
            // "这条准备咋改", "作风这块挑出啥问题来了": the measures, or the problems, a part lists
            + "咋改|怎么改|如何改|怎样改|怎么整改|如何整改|咋整改|整改措施|(?:哪些|什么)问题|"
            // "那个阶段都要干些啥", "平时都干点啥"
            + "(?:干|做|搞)(?:些|点)什么");
    /** "四点意见", "三个方面", "五项任务", "哪两种": the question states how many parts it expects. */
    private static final Pattern COUNT = Pattern.compile("(?<![这那])([一二两三四五六七八九十])(?:点|个部分|部分|个方面|方面|条|项|种|类|样|块|个)");
    private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十\\d]{1,2})(?:部分|章|点|个方面|方面|条|项|大块|块|段|个|节)");
    /** "第三部分", "第二个方面", "第一块": a part numbered as a whole. */
    private static final Pattern PART = Pattern.compile("第[一二三四五六七八九十\\d]{1,2}(?:部分|章|个方面|方面|大块|块)");
    /** "最后一部分", "最后一点": the last part, numbered from the end. */
    /** "讲话开头说了什么": the words before the first heading. */
    private static final Pattern OPENING = Pattern.compile("开头|开场白|一开始|开篇");
    /** "结尾说", "最后强调", "最后那几句": the ending words, not the last part as a whole. */
    static final String ENDING_WORDS = "结尾|结束语|最后说|最后讲|最后强调|最后号召|最后要求|最后提出|最后(?:那|这)?(?:几|一|两)?(?:句|段)";
    private static final Pattern LAST = Pattern.compile("最后(?:一|那|这)?(?:部分|点|个方面|方面|条|项|段|块)|最后讲了|最后说了|"
            + ENDING_WORDS);
    /** The ordinal that stands for "the last part". */
    static final int LAST_PART = 99;
    /** The ordinal that stands for "the opening words", before the first part. */
    static final int OPENING_PART = 98;

    static SectionAsk of(String asked) {
        String question = spoken(asked);
        Matcher m = ORDINAL.matcher(question);
        int ordinal = m.find() ? ChineseNumerals.parse(m.group(1)) : LAST.matcher(question).find() ? LAST_PART
                : OPENING.matcher(question).find() ? OPENING_PART : 0;
        String document = DocumentHint.kind(question);
        Matcher c = COUNT.matcher(ORDINAL.matcher(question).replaceAll(" "));
        int count = c.find() ? ChineseNumerals.parse(c.group(1)) : 0;
        return new SectionAsk(OUTLINE.matcher(question).find(), BROAD.matcher(question).find() || ordinal > 0, ordinal,
                document, count, OPENING.matcher(question).find(), PART.matcher(question).find());
    }


    /** 啥 is 什么 in speech ("都包括啥", "写了些啥"): the asks are written once, with 什么. */
    private static String spoken(String question) {
        return question.replace("啥", "什么");
    }

    /** Words that frame a question about a section rather than name its topic, removed by {@link #topicWords}. */
    private static final Pattern FRAMING = Pattern.compile(
            "强调|着重|讲话|会议|动员|实施方案|工作方案|方案|通知|文件|那个|这个|那份|这份|那篇|这篇|那本|这本|领导|书记|这次|本次|里面|里头|下面|下边|里|中|上|方面|部分|关于|对于|请问|一下|麻烦|问下|"
            + "具体|主要|内容|要求|工作|一共|总共|共|都|分别|大概|列一下|列出|列了|给我|说说|讲讲|分了|分几|分哪|有几|在|的|了|[这那]一?[类块条项样]|这方面|那方面|哪|几|"
            + "按顺序|依次|挨个|说一下|说下|讲一下|讲下|议定事项|议定的事|正文|全文|(?<=分工|任务|清单|台账)(?:一览)?表");

    /** The question without the words that say what kind of answer it wants, leaving its topic. */
    static String topicWords(String asked) {
        String question = spoken(asked);
        String q = OPENING.matcher(LAST.matcher(ORDINAL.matcher(question).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        q = OUTLINE.matcher(q).replaceAll(" ");
        q = BROAD.matcher(q).replaceAll(" ");
        return FRAMING.matcher(q).replaceAll(" ");
    }
}
