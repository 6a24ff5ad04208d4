package org.campaignbot.channel.dingtalk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundMessage;

/**
 * A message rendered for DingTalk robots: text or markdown (markdown needs a title), plus the {@code at} block.
 * DingTalk only turns an @ into a real mention when the id is both in {@code at} and written as "@id" in the body,
 * so both are filled here, in one place, for every way a robot speaks.
 */
public record RobotMessage(boolean markdown, String title, String text, List<String> atUserIds,
                           List<String> atMobiles, boolean atAll) {
    /** Safely under the 15 000-byte msgParam limit of the app robot API, the tightest DingTalk limit we use. */
    static final int MAX_BYTES = 12_000;
    /** Answers longer than this with citations go as markdown, where the sources can be set apart. */
    static final int LONG_ANSWER = 80;
    private static final String CUT = "\n…（内容过长，已截断）";

    /** An answer to a question; in groups {@code askerStaffId} is @-mentioned. */
    public static RobotMessage reply(Reply reply, String askerStaffId) {
        List<String> mentions = new ArrayList<>();
        if (askerStaffId != null) {
            mentions.add(askerStaffId);
        }
        mentions.addAll(reply.mentions());
        String body = withSources(reply.text(), reply.citations());
        boolean markdown = reply.markdown()
                || (!reply.citations().isEmpty() && body.codePointCount(0, body.length()) > LONG_ANSWER);
        String text = markdown && !reply.markdown() ? hardBreaks(body) : body;
        return build(markdown, titleOf(reply.text()), text, mentions, List.of(), false);
    }

    /** A push from the outbox (reminder, bulletin, quiz). */
    public static RobotMessage push(OutboundMessage message) {
        String title = message.title().isBlank() ? titleOf(message.text()) : message.title();
        return build(message.markdown(), title, message.text(), message.mentionUserIds(), message.mentionMobiles(),
                message.mentionAll());
    }

    private static RobotMessage build(boolean markdown, String title, String body, List<String> userIds,
                                      List<String> mobiles, boolean all) {
        List<String> users = List.copyOf(new LinkedHashSet<>(userIds));
        StringBuilder ats = new StringBuilder();
        for (String id : concat(users, mobiles)) {
            if (!body.contains("@" + id)) {
                ats.append('@').append(id).append(' ');
            }
        }
        String text = limit(ats.isEmpty() ? body : ats.toString().strip() + (markdown ? "  \n" : "\n") + body);
        return new RobotMessage(markdown, title, text, users, List.copyOf(mobiles), all);
    }

    /** Body for the sessionWebhook and for custom robots, which share one format. */
    public Map<String, Object> webhookBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (markdown) {
            body.put("msgtype", "markdown");
            body.put("markdown", Map.of("title", title, "text", text));
        } else {
            body.put("msgtype", "text");
            body.put("text", Map.of("content", text));
        }
        body.put("at", Map.of("atUserIds", atUserIds, "atMobiles", atMobiles, "isAtAll", atAll));
        return body;
    }

    /** The app robot API names its templates instead: sampleText / sampleMarkdown with a msgParam. */
    public String msgKey() {
        return markdown ? "sampleMarkdown" : "sampleText";
    }

    public Map<String, Object> msgParam() {
        return markdown ? Map.of("title", title, "text", text) : Map.of("content", text);
    }

    private static String withSources(String text, List<Citation> citations) {
        StringBuilder sources = new StringBuilder();
        for (Citation citation : citations) {
            String label = citation.label();
            if (!text.contains(label) && sources.indexOf(label) < 0) {
                sources.append('\n').append(label);
            }
        }
        return sources.isEmpty() ? text : text + "\n\n出处：" + sources;
    }

    /** Plain text shown as markdown: a single newline would be swallowed, two trailing spaces keep it. */
    private static String hardBreaks(String text) {
        return text.replace("\r\n", "\n").replace("\n", "  \n");
    }

    /** DingTalk shows the title in notifications and the chat list: the first line, short, without markup. */
    static String titleOf(String text) {
        String line = text.strip().lines().findFirst().orElse("").replaceAll("^[#>*\\-\\s]+", "").strip();
        if (line.isEmpty()) {
            return "三抓三促助手";
        }
        return line.codePointCount(0, line.length()) <= 20 ? line
                : line.substring(0, line.offsetByCodePoints(0, 20)) + "…";
    }

    /** Cuts at a character boundary below {@link #MAX_BYTES} UTF-8 bytes, never inside a Chinese character. */
    static String limit(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return text;
        }
        int budget = MAX_BYTES - CUT.getBytes(StandardCharsets.UTF_8).length;
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return text.substring(0, i) + CUT;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
