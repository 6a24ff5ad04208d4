package org.campaignbot.knowledge.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * The level of government a question is about ("县里的实施方案谁负责改", "区里为啥每个月还要抽查") and the level a
 * document is issued at (xx县…纪要, 南岭区…整改方案, 在全市…讲话). A county's minutes and a district's plan repeat the
 * city's words (考核, 台账, 一件事一次办), so a cadre who says 县里 means the county's documents.
 *
 * <p>"市里" is taken as a level only where it qualifies a document ("市里方案", "市里那个实施方案"): a county's or a
 * district's documents speak of the city above them ("被市里亮红灯", "市里督查组"), so 市里 alone says nothing
 * about which document answers. A county's or a district's documents, written for themselves, say 县/区 without 里.
 */
public final class DocumentLevel {
    /** Weight of a passage of a document issued at another level than the question is about. */
    static final double OTHER_LEVEL = 0.8;
    private static final Pattern LOWER = Pattern.compile("(?<![城社小])(县|区)里|(?:全|咱|我)(县|区)");
    private static final Pattern CITY = Pattern.compile(
            "市里\\p{IsHan}{0,4}?(?:" + String.join("|", DocumentHint.KINDS) + "|文件)");
    /** The issuer's level at the head of a title: "xx县…", "南岭区…", "在全市…", "xx市交通运输局…". */
    private static final Pattern TITLE = Pattern.compile("^[^“”\"《》（(]{0,6}?(省|市|县|区)");

    private DocumentLevel() {
    }

    /** "县", "区" or "市" as the question says it is about that level's documents, or "". */
    public static String of(String question) {
        String q = HalfWidth.of(question);
        Matcher lower = LOWER.matcher(q);
        if (lower.find()) {
            return lower.group(1) != null ? lower.group(1) : lower.group(2);
        }
        return CITY.matcher(q).find() ? "市" : "";
    }

    /** The level the titled document is issued at, or "" when its title does not say. */
    static String ofTitle(String title) {
        Matcher m = TITLE.matcher(HalfWidth.of(title).strip());
        return m.find() ? m.group(1) : "";
    }

    /** Weight of a passage of the titled document for a question about the given level. */
    static double weight(String level, String title) {
        return of(level, title) ? 1.0 : OTHER_LEVEL;
    }

    /** True when the titled document may be of the level asked about: no level asked, none stated, or the same. */
    public static boolean of(String level, String title) {
        if (level.isEmpty()) {
            return true; // the title need not be read
        }
        String issued = ofTitle(title);
        return issued.isEmpty() || issued.equals(level);
    }
}
