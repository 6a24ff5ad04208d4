package org.campaignbot.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * The thing a question asks for, where its wording pins it down: 经费 in "专项经费有多少", 指标 in "有哪些指标",
 * 经费 in "经费怎么保障". When the knowledge base never mentions that thing, the question cannot be answered from it,
 * however close the rest of its wording is ("三抓三促行动的专项经费有多少" matches the speech on 三抓三促行动 alone).
 * Only these narrow patterns are read; a question they do not fit names no thing and is judged as before.
 *
 * @param words   the characters next to the interrogative (专项经费 in 专项经费有多少)
 * @param lastWord the thing is the last word of {@code words} (before the interrogative), not the first (after it)
 */
record AskedThing(String words, boolean lastWord) {
    /** Words between a thing and 多少: 比例要求达到多少, 经费一共有多少. */
    private static final String LINK = "(?:都|一共|总共|共|大概|大约|分别|最少|最多|至少|起码|定的|定为|定在|设定为|定|要求|要|需要|需|应当|应|达到|提高到|压缩到|降到|控制在|到|有|是|为|在)*";
    /** The run before 多少: 专项经费 in 专项经费有多少. */
    private static final Pattern BEFORE_AMOUNT = Pattern.compile("(\\p{IsHan}{2,}?)" + LINK + "多少");
    /** The run after 多少: 学时 in 最少要多少学时; not a bound (总分得多少以上才能评好 asks for a figure, not for 以上). */
    private static final Pattern AFTER_AMOUNT = Pattern.compile("多少(?!以上|以下|以内|之内|左右|上下)(\\p{IsHan}{2,})");
    /** The run after 哪些 / 哪几个 / 哪几项 …: 指标 in 有哪些指标. */
    private static final Pattern AFTER_WHICH = Pattern.compile("哪(?:些|几个|几项|几类|几种|几条)(\\p{IsHan}{2,})");
    /** The run before 怎么保障 / 如何解决 …: 经费 in 经费怎么保障. */
    private static final Pattern BEFORE_HOW = Pattern.compile("(\\p{IsHan}{2,}?)(?:要|该|应该|应当)?(?:怎么|如何|咋)(?:保障|解决|筹集|来)");

    /**
     * Things every question may ask for in its own words (哪些地方 is "which points", 哪些东西 "what"): never a sign that
     * the documents lack the topic.
     */
    static final java.util.Set<String> GENERIC = java.util.Set.of("地方", "东西", "事情", "事儿", "情况", "方面", "内容",
            "问题", "工作", "要求", "举措", "措施", "环节", "手段", "办法", "途径", "部门", "单位", "人员", "时候", "时间",
            "表现", "方式", "做法", "形式", "类型", "种类", "步骤", "方法", "特点", "意见", "任务", "目标",
            // colloquial: 点了哪些毛病 (问题), 有哪些说法 / 规矩
            "毛病", "说法", "规矩", "讲究");

    /** The places in the question that name what it asks for (usually none or one). */
    static List<AskedThing> of(String question) {
        String q = HalfWidth.of(question);
        List<AskedThing> things = new ArrayList<>();
        add(things, BEFORE_AMOUNT.matcher(q), true);
        add(things, AFTER_AMOUNT.matcher(q), false);
        add(things, AFTER_WHICH.matcher(q), false);
        add(things, BEFORE_HOW.matcher(q), true);
        return things;
    }

    private static void add(List<AskedThing> things, Matcher m, boolean lastWord) {
        while (m.find()) {
            things.add(new AskedThing(m.group(1), lastWord));
        }
    }
}
