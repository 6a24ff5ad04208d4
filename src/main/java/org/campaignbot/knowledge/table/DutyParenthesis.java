package org.campaignbot.knowledge.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;

/**
 * The responsibilities most plans write after each task instead of in a table: a parenthesis of labelled values at
 * the item's end, "…形成对标学习报告。（牵头单位：市发展改革委；配合单位：市委党校、市自然资源局；责任人：王志刚；完成时限：
 * 2027年12月底前）". Values are separated by full-width or ASCII semicolons or commas, and "以上两项牵头单位：…" gives one
 * parenthesis to the item it closes and the ones before it.
 *
 * @param leads    the units that lead: 牵头单位, or 责任单位 when no unit is said to lead
 * @param co       the units that take part: 配合/协办/参与单位, and 责任单位 beside a lead unit
 * @param owner    the person answerable (责任人 / 责任领导), as written, or ""
 * @param deadline the time limit as written ("2027年3月底前完成选派", "持续推进"), or ""
 * @param items    how many items the parenthesis is for: 1, or N for "以上N项"
 */
public record DutyParenthesis(List<String> leads, List<String> co, String owner, String deadline, int items) {
    private static final String LEAD = "牵头单位|牵头部门|主办单位";
    private static final String RESPONSIBLE = "责任单位|责任部门|实施单位|落实单位|承办单位";
    private static final String CO = "配合单位|配合部门|协办单位|协助单位|参与单位";
    private static final String OWNER = "责任人|责任领导|具体负责人";
    private static final String DEADLINE = "完成时限|完成时间|时间节点|时限要求|时限";
    private static final Pattern LABEL = Pattern.compile(
            "(" + LEAD + "|" + RESPONSIBLE + "|" + CO + "|" + OWNER + "|" + DEADLINE + ")\\s*[：:]");
    /** A parenthesis that starts with a label (after an optional 以上N项); the last one of the item counts. */
    private static final Pattern PARENTHESIS = Pattern.compile(
            "[（(]\\s*(?:以上([一二两三四五六七八九十\\d]{1,2})项)?((?:" + LABEL.pattern() + ")[^（）()]*)[）)]");
    private static final String VALUE_END = "[\\s；;，,。.、]+$";

    /**
     * The short form, without labels: "（市发展改革委牵头，各县区人民政府落实，持续推进）". A clause ending in 牵头 names the
     * lead units; one ending in 配合, 落实 or 负责 the units that carry the task; one holding a date or 持续/长期 the time
     * limit.
     */
    private static final Pattern SHORT = Pattern.compile(
            "[（(]\\s*(?:以上([一二两三四五六七八九十\\d]{1,2})项(?:均由|由)?)?([^（）()]{2,40}?牵头[，,；;、][^（）()]*)[）)]");
    private static final Pattern SHORT_LEAD = Pattern.compile("^(.+?)牵头$");
    private static final Pattern SHORT_CO = Pattern.compile("^(.+?)(?:配合|参与|协助|协办|落实|负责|共同推进|按职责分工负责)$");
    private static final Pattern SHORT_WHEN = Pattern.compile("\\d{4}年|\\d{1,2}月|年底|季度|持续|长期|常态");

    /** A sentence that starts with a label ("牵头单位：…", "（以上两项责任单位：…") or holds two: duties, not prose. */
    private static final Pattern LABELLED_START = Pattern.compile(
            "^[\\s（(]*(?:以上[一二两三四五六七八九十\\d]{1,2}项)?" + LABEL.pattern());

    /**
     * True for a sentence that is (a piece of) a responsibility parenthesis: the duty answer shows it as a task's
     * columns, so it is never quoted as a "配合单位：…;责任人：陈卫东;" fragment.
     */
    public static boolean isDutyText(String sentence) {
        if (LABELLED_START.matcher(sentence).find()) {
            return true;
        }
        Matcher labels = LABEL.matcher(sentence);
        int count = 0;
        while (labels.find()) {
            count++;
        }
        return count >= 2;
    }

    /** The item's responsibility parenthesis, or null when it has none. */
    public static DutyParenthesis in(String item) {
        Matcher m = PARENTHESIS.matcher(item);
        String body = null;
        String shared = null;
        while (m.find()) {
            body = m.group(2);
            shared = m.group(1);
        }
        if (body != null) {
            return of(body, shared == null ? 1 : count(shared));
        }
        Matcher shortForm = SHORT.matcher(item);
        while (shortForm.find()) {
            body = shortForm.group(2);
            shared = shortForm.group(1);
        }
        return body == null ? null : ofShort(body, shared == null ? 1 : count(shared));
    }

    private static DutyParenthesis ofShort(String body, int items) {
        List<String> leads = new ArrayList<>();
        List<String> co = new ArrayList<>();
        String deadline = "";
        for (String clause : body.split("[，,；;]")) {
            String c = clause.strip();
            Matcher lead = SHORT_LEAD.matcher(c);
            Matcher carry = SHORT_CO.matcher(c);
            if (lead.matches()) {
                leads.addAll(TaskTables.units(lead.group(1)));
            } else if (carry.matches()) {
                co.addAll(TaskTables.units(carry.group(1)));
            } else if (SHORT_WHEN.matcher(c).find()) {
                deadline = c;
            }
        }
        return leads.isEmpty() ? null : new DutyParenthesis(leads, co, "", deadline, items);
    }

    private static DutyParenthesis of(String body, int items) {
        List<String> leads = new ArrayList<>();
        List<String> responsible = new ArrayList<>();
        List<String> co = new ArrayList<>();
        String owner = "";
        String deadline = "";
        Matcher label = LABEL.matcher(body);
        List<int[]> spans = new ArrayList<>();
        while (label.find()) {
            spans.add(new int[] {label.start(1), label.end(1), label.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            String name = body.substring(spans.get(i)[0], spans.get(i)[1]);
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : body.length();
            String value = body.substring(spans.get(i)[2], end).replaceAll(VALUE_END, "").strip();
            if (name.matches(LEAD)) {
                leads.addAll(TaskTables.units(value));
            } else if (name.matches(RESPONSIBLE)) {
                responsible.addAll(TaskTables.units(value));
            } else if (name.matches(CO)) {
                co.addAll(TaskTables.units(value));
            } else if (name.matches(OWNER)) {
                owner = value;
            } else {
                deadline = value;
            }
        }
        if (leads.isEmpty()) {
            leads.addAll(responsible); // 责任单位 alone: the units that carry the task
        } else {
            co.addAll(responsible); // beside a lead unit, the units that carry it out with it
        }
        return new DutyParenthesis(leads, co, owner, deadline, items);
    }

    private static int count(String number) {
        return Math.max(1, ChineseNumerals.parse(number));
    }
}
