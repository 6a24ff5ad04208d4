package org.campaignbot.outbox;

import java.util.List;

/**
 * A message to push, in platform-neutral form. Channels render it (markdown or text, @-mention syntax, byte limits).
 *
 * @param title          short title; DingTalk markdown needs one, WeCom ignores it
 * @param text           body; markdown when {@code markdown} is true
 * @param markdown       render as markdown where the platform can
 * @param mentionUserIds platform user ids to @-mention (WeCom userid, DingTalk staffId)
 * @param mentionMobiles mobiles to @-mention (both platforms accept them for robots)
 * @param mentionAll     @all / isAtAll
 */
public record OutboundMessage(String title, String text, boolean markdown,
                              List<String> mentionUserIds, List<String> mentionMobiles, boolean mentionAll) {

    public OutboundMessage {
        title = title == null ? "" : title;
        mentionUserIds = mentionUserIds == null ? List.of() : List.copyOf(mentionUserIds);
        mentionMobiles = mentionMobiles == null ? List.of() : List.copyOf(mentionMobiles);
    }

    public static OutboundMessage text(String text) {
        return new OutboundMessage("", text, false, List.of(), List.of(), false);
    }

    public static OutboundMessage markdown(String title, String text) {
        return new OutboundMessage(title, text, true, List.of(), List.of(), false);
    }

    public OutboundMessage mentioning(List<String> userIds, List<String> mobiles) {
        return new OutboundMessage(title, text, markdown, userIds, mobiles, mentionAll);
    }
}
