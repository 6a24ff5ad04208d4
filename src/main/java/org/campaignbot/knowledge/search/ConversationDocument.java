package org.campaignbot.knowledge.search;

/**
 * The document the previous answer in a conversation quoted, preferred for a follow-up: "多久办一次" after "专题培训班由
 * 哪个单位牵头" (answered from the plan) is about the plan's 专题培训班, not a briefing's 第3期培训班, and "那考核排名靠后的
 * 单位咋办" after a question on the 推进会 speech is about what that speech says. A preference, not a filter: a passage
 * of another document that answers clearly still comes first. A question that names a document or a kind of document
 * (简报里…, 市里方案…) has said where to look, and is not weighed by this.
 *
 * @param title the previous answer's first cited document, or "" for none
 */
public record ConversationDocument(String title) {
    public static final ConversationDocument NONE = new ConversationDocument("");
    /** Weight of a passage of any other document than the one the conversation is about. */
    static final double OTHER = 0.8;

    public static ConversationDocument of(String title) {
        return title == null || title.isBlank() ? NONE : new ConversationDocument(title);
    }

    /** @param namesWhere the question names a document or a kind of document itself */
    double weight(String passageTitle, boolean namesWhere) {
        return title.isEmpty() || namesWhere || title.equals(passageTitle) ? 1.0 : OTHER;
    }
}
