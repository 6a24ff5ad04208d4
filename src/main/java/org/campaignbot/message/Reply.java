package org.campaignbot.message;

import java.util.List;

/**
 * What the bot says back. Channels render it for their platform (text or markdown, @-mentions, byte limits).
 *
 * @param text      the reply, plain text with line breaks; may contain simple markdown when {@code markdown}
 * @param citations sources quoted in the reply; empty when the bot declines
 * @param mentions  user ids (on the incoming platform) to @-mention, e.g. the asker in a group
 * @param markdown  true when the text is meant to be rendered as markdown where the platform can
 */
public record Reply(String text, List<Citation> citations, List<String> mentions, boolean markdown) {

    public Reply {
        citations = citations == null ? List.of() : List.copyOf(citations);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), List.of(), false);
    }

    public static Reply cited(String text, List<Citation> citations) {
        return new Reply(text, citations, List.of(), false);
    }

    public Reply mentioning(List<String> userIds) {
        return new Reply(text, citations, userIds, markdown);
    }
}
