package org.campaignbot.channel.wecom;

import java.util.LinkedHashSet;
import java.util.Set;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundMessage;

/**
 * Turns the core's reply into the text a WeCom user reads: the answer, then the sources it quotes unless the answer
 * already names them, so a cadre can always see which document and section an answer comes from.
 */
final class ReplyRenderer {
    private ReplyRenderer() {
    }

    static String render(Reply reply) {
        StringBuilder text = new StringBuilder(reply.text() == null ? "" : reply.text().strip());
        Set<String> missing = new LinkedHashSet<>();
        for (Citation citation : reply.citations()) {
            String label = citation.label();
            if (text.indexOf(label) < 0) {
                missing.add(label);
            }
        }
        if (!missing.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n\n").append("出处：").append(String.join("；", missing));
        }
        return text.isEmpty() ? "（没有可以回答的内容）" : text.toString();
    }

    /** Markdown push with @-mentions in WeCom's {@code <@userid>} syntax (the only way markdown can mention). */
    static String markdownWithMentions(OutboundMessage message) {
        StringBuilder text = new StringBuilder(message.text().strip());
        if (!message.mentionUserIds().isEmpty()) {
            text.append("\n");
            message.mentionUserIds().forEach(id -> text.append("<@").append(id).append(">"));
        }
        return text.toString();
    }
}
