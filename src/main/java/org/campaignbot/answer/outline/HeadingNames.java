package org.campaignbot.answer.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * How a question may name a heading: by its key (a long heading's first clause), by another clause of it, by its
 * core without the words it is wrapped in, or by a slogan's first half; and how much of such a name a question holds.
 */
final class HeadingNames {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,、;:]");
    private static final Pattern QUOTES = Pattern.compile("[“”\"]");
    private static final Pattern PUNCTUATION = Pattern.compile("[、,;:。\"“”]");

    private HeadingNames() {
    }

    /**
     * How much of a heading key the question contains: the share of the key's characters in runs of two or more
     * that the question shares ("强化执行落实" covers 6 of the 8 characters of 强化工作执行落实).
     */
    static double coverage(String key, String question) {
        boolean[] covered = new boolean[key.length()];
        for (int i = 0; i + 2 <= key.length(); i++) {
            if (question.contains(key.substring(i, i + 2))) {
                covered[i] = covered[i + 1] = true;
            }
        }
        int n = 0;
        for (boolean c : covered) {
            n += c ? 1 : 0;
        }
        return n / (double) key.length();
    }

    /**
     * A heading's clauses of four characters or more, the first always, and the first half of a slogan key
     * ({@link SloganHalf}): each may be how a question names it.
     */
    static List<String> clauses(String topic) {
        List<String> out = new ArrayList<>(List.of(key(topic)));
        SloganHalf.of(key(topic)).ifPresent(out::add);
        for (String clause : CLAUSE_BREAK.split(withoutDates(HalfWidth.of(topic)))) { // "执行方面：任务推进不够有力" → 执行方面
            String c = QUOTES.matcher(clause).replaceAll("");
            if (c.length() >= 4 && c.length() <= 12 && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Words a heading wraps its topic in: 整治 in 整治不作为、慢作为问题, 强化工作 in 强化工作执行落实, 在…上下功夫 in
     * 在提质增效上下功夫.
     */
    private static final Pattern WRAPPING_START = Pattern.compile(
            "^(?:关于|整治|加强|强化|推进|深化|坚持|着力|切实|扎实|全面|持续|突出|狠抓|抓好|做好|开展|推行|落实|工作|在)+");
    private static final Pattern WRAPPING_END = Pattern.compile("(?:问题|工作|上下功夫|下功夫)+$");
    /** A speech's "要在攻坚破难上求突破", "在狠抓落实上见实效": the topic is what stands between 在 and 上. */
    private static final Pattern IN_ON = Pattern.compile("^要?在(\\p{IsHan}{2,8}?)上\\p{IsHan}{2,4}$");
    private static final int MIN_CORE = 3;

    /**
     * A heading clause without its punctuation and the words it wraps its topic in, which questions leave out
     * ("不作为慢作为这一类" for 整治不作为、慢作为问题, "执行落实这块" for 强化工作执行落实); "" when too little is left
     * to name anything.
     */
    static String core(String clause) {
        String bare = bare(clause);
        Matcher inOn = IN_ON.matcher(bare);
        String core = inOn.matches() ? inOn.group(1)
                : WRAPPING_END.matcher(WRAPPING_START.matcher(bare).replaceFirst("")).replaceFirst("");
        return core.length() >= MIN_CORE ? core : "";
    }

    /** The text folded to half width without the punctuation {@link #core} drops: "突出重点、精准发力" → "突出重点精准发力". */
    static String bare(String text) {
        return PUNCTUATION.matcher(HalfWidth.of(text)).replaceAll("");
    }

    /** A term in quotes, full-width or ASCII, as headings name what they are about ("关于“周三夜学”制度"). */
    private static final Pattern QUOTED_TERM = Pattern.compile("[“\"]([^”\"]{3,10})[”\"]");

    /**
     * The terms a heading quotes: a question names the heading by them alone ("一件事一次办那条" for 关于政务服务
     * “一件事一次办”, "周三夜学" for 关于“周三夜学”制度).
     */
    static List<String> quotedTerms(String topic) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED_TERM.matcher(topic);
        while (m.find()) {
            out.add(HalfWidth.of(m.group(1)));
        }
        return out;
    }

    /** A heading's closing bracket of dates or a time span: "集中整改阶段（2027年5月1日至6月30日）". */
    private static final Pattern DATES_IN_BRACKETS = Pattern.compile("\\([^()]*(?:\\d|年|月|日|前|底)[^()]*\\)$");

    /** The heading without its closing bracket of dates, which questions leave out ("集中攻坚那个阶段"). */
    static String withoutDates(String folded) {
        String bare = DATES_IN_BRACKETS.matcher(folded).replaceFirst("");
        return bare.length() >= 2 ? bare : folded;
    }

    /**
     * A long heading's key is its first clause: "统一思想认识，着力增强…" → "统一思想认识", "执行方面：任务推进不够有力" →
     * "执行方面".
     */
    static String key(String topic) {
        String t = withoutDates(HalfWidth.of(topic));
        int comma = t.indexOf(',');
        int colon = t.indexOf(':');
        int cut = comma < 0 ? colon : colon < 0 ? comma : Math.min(comma, colon);
        // "南岭区：以督查整改带动全面提升": a bulletin names each case by its unit, before the colon
        boolean unit = cut == colon && cut == UNIT_NAME_LENGTH && UNIT_END.matcher(t.substring(0, cut)).find();
        return cut >= 4 || unit ? t.substring(0, cut) : t;
    }

    /** The ending of a place's or a unit's name: 东川区, 河西县, 人社局. */
    private static final Pattern UNIT_END = Pattern.compile("[区县市局委办镇乡]$");
    private static final int UNIT_NAME_LENGTH = 3;

    /** "保障那部分", "考核程序这块": words that point at a part, after the words that name it. */
    private static final Pattern POINTER = Pattern.compile("(\\p{IsHan}{2,8}?)(?:那|这)一?(?:部分|块|段|节)");
    /** Leading words of too many headings to name one (工作目标, 工作要求; 主要任务, 主要目标). */
    private static final java.util.Set<String> NO_LEAD = java.util.Set.of("工作", "主要", "总体", "重点", "关于", "这个", "那个");
    private static final int MAX_LEAD = 4;

    /**
     * True when the question points at a part by its heading's first word: "政务局方案保障那部分" for 保障措施,
     * "考核程序这块" for 考核程序. The words before the pointer end with the lead (two to four characters).
     */
    static boolean pointsAt(String key, String question) {
        return pointsAt(key, pointedAt(question));
    }

    /** As {@link #pointsAt(String, String)}, with the question's {@link #pointedAt} words found once for all headings. */
    static boolean pointsAt(String key, List<String> pointed) {
        for (String named : pointed) {
            for (int n = Math.min(MAX_LEAD, named.length()); n >= 2; n--) {
                String lead = named.substring(named.length() - n);
                if (!NO_LEAD.contains(lead) && key.startsWith(lead)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words before each pointer of the question ("纪要最后会议要求那段" → "纪要最后会议要求"). */
    static List<String> pointedAt(String question) {
        List<String> out = new ArrayList<>();
        Matcher m = POINTER.matcher(question);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The nouns a short heading names its kind of content by: 存在的问题, 保障措施, 典型经验, 考核程序. */
    private static final Pattern HEAD_NOUN = Pattern.compile("^\\p{IsHan}{1,4}?的?(?:主要)?(问题|措施|举措|任务|要求|目标|经验|思路|原则|安排|程序|步骤|分工)$");

    /** The noun a short heading ends with ({@link #HEAD_NOUN}), or "". */
    static String headNoun(String key) {
        Matcher m = HEAD_NOUN.matcher(key);
        return m.find() ? m.group(1) : "";
    }

    /**
     * True when the question asks for a kind of content by the noun a heading ends with: "这期简报点了哪些问题" for
     * 存在的问题, "简报介绍了哪些经验" for 典型经验. Only for a noun that one heading of the document ends with.
     */
    static boolean asksForHeadNoun(String noun, String question) {
        return !noun.isEmpty() && ASKS_FOR_NOUN.computeIfAbsent(noun, n -> Pattern.compile(
                "(?:哪些|什么|哪几(?:个|条|项|点)?|几(?:个|条|项|点))" + n + "|" + n + "(?:有哪些|有什么|都有|是什么|包括|(?:那|这)?(?:部分|块))"))
                .matcher(question).find();
    }

    /** The ask for each head noun, compiled once: a handful of nouns, asked of every heading of every question. */
    private static final java.util.Map<String, Pattern> ASKS_FOR_NOUN = new java.util.concurrent.ConcurrentHashMap<>();
}
