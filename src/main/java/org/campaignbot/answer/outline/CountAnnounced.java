package org.campaignbot.answer.outline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.Section;

/**
 * The sentence before a speech's first part in which the speaker counts the parts: "下面，我讲四点意见。", "我强调三个方面".
 * A reply to "讲话讲了几点" quotes it when its number is the number of parts that follow, so the count is the speaker's
 * own words, not only the bot's "共 4 个部分".
 */
final class CountAnnounced {
    private static final Pattern COUNT = Pattern.compile(
            "(?:讲|谈|强调|提|说)(?:以下)?([一二两三四五六七八九十])(?:点|个方面|方面|个问题|个部分)");

    private CountAnnounced() {
    }

    /** The announcing sentence of the section's own text, when it counts exactly the section's parts. */
    static Optional<String> in(Section s) {
        for (String sentence : s.body()) {
            Matcher m = COUNT.matcher(HalfWidth.of(sentence));
            if (m.find() && ChineseNumerals.parse(m.group(1)) == s.children().size()) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }
}
