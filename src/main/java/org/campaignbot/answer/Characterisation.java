package org.campaignbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "讲话怎么给三抓三促定位的", "说它是个啥", "对干部作风来讲算个啥" ask how a thing is characterised, and a speech
 * characterises in one recognisable form: "开展…行动,是…的务实举措、…的重要途径、…的关键手段、…的有效方式". Such a
 * question is answered by that sentence, not by the part whose heading shares its words ("第一,开展…行动,是…的现实需要"
 * heads a part on one reason); and a sentence that places the thing in several terms answers better than one that
 * gives one of them, so each term counts, as {@link WhyQuestion} counts reason words.
 */
final class Characterisation {
    private static final Pattern ASKS = Pattern.compile(
            "定位|定性|算个啥|算个什么|算啥|算什么|是个啥|是个什么|什么性质|啥性质|什么地位|啥地位|看作|看成|当作|比作");
    /** A term that places a thing: "…的务实举措", "…的必然选择", "…的试金石". */
    private static final Pattern TERM = Pattern.compile("的(?:务实|重要|关键|有效|根本|必然|迫切|现实|基础|难得)?"
            + "(?:举措|途径|手段|方式|需要|选择|关键|基础|保障|前提|抓手|载体|试金石|指挥棒|工程|部署|机遇|契机)");
    private static final double PER_TERM = 0.03;
    private static final int MAX_TERMS = 4;

    private Characterisation() {
    }

    static boolean asks(String question) {
        return ASKS.matcher(question).find();
    }

    static double bonus(boolean asked, String sentence) {
        if (!asked || !sentence.contains("是")) {
            return 0;
        }
        int terms = 0;
        Matcher m = TERM.matcher(sentence);
        while (m.find() && terms < MAX_TERMS) {
            terms++;
        }
        return PER_TERM * terms;
    }
}
