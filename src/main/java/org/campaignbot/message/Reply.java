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

    /** Marks where a cited reply's numbered list of sources begins. */
    private static final String SOURCES = "\n出处：";

    /**
     * A reply that quotes: the body, then its sources numbered as the body cites them ("[1]"), one per line.
     *
     * @param body the reply without its sources, ending with a line break
     */
    public static Reply withSources(String body, List<Citation> citations) {
        StringBuilder text = new StringBuilder(body.endsWith("\n") ? body.substring(0, body.length() - 1) : body)
                .append(SOURCES);
        for (int i = 0; i < citations.size(); i++) {
            text.append("\n[").append(i + 1).append("] ").append(citations.get(i).label());
        }
        return cited(text.toString(), citations);
    }

    /** The reply without its list of sources (all of it when it has none), for building a longer reply on it. */
    public String body() {
        int at = text.lastIndexOf(SOURCES);
        return at < 0 ? text : text.substring(0, at + 1);
    }

    public Reply mentioning(List<String> userIds) {
        return new Reply(text, citations, userIds, markdown);
    }
}
