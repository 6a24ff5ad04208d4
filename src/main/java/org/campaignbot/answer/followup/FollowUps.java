package org.campaignbot.answer.followup;

import java.util.Optional;
import java.util.function.Supplier;
import org.campaignbot.knowledge.search.ConversationDocument;

/**
 * Follow-ups of one service: the last turn of every conversation, and the rewriting of a follow-up against it. Used
 * by both answer modes, so a follow-up means the same with and without an LLM.
 */
public class FollowUps {
    private final TurnMemory turns = new TurnMemory();
    private final Supplier<TopicNames> entities;

    /** @param entities names a topic may be (headings, people, units, list items), read when a follow-up needs them */
    public FollowUps(Supplier<TopicNames> entities) {
        this.entities = entities;
    }

    /** The question as it stands on its own, given the conversation's previous turn. */
    public String resolve(String conversation, String question) {
        Turn previous = turns.last(conversation).orElse(null);
        return previous == null ? question.strip() : FollowUpResolver.resolve(question, previous, entities.get());
    }

    /** The conversation's previous question as it was understood, if there was one. */
    public Optional<String> previousQuestion(String conversation) {
        return turns.last(conversation).map(Turn::question);
    }

    /** The title of the document the conversation's previous answer quoted first, if it quoted one. */
    public Optional<String> previousDocument(String conversation) {
        return turns.last(conversation).map(Turn::document).filter(d -> !d.isEmpty());
    }

    /**
     * The document a question is weighed towards: the one the previous answer quoted when the question is a follow-up
     * (it was rewritten against the previous turn: "多久办一次" → "专题培训班多久办一次"), none otherwise. Both answer
     * modes ask it, so a follow-up looks in the same document with and without an LLM.
     *
     * @param resolved the question as {@link #resolve} rewrote it
     */
    public ConversationDocument documentFor(String conversation, String asked, String resolved) {
        return resolved.equals(asked.strip()) ? ConversationDocument.NONE : previousDocumentPreferred(conversation);
    }

    /** The document the previous answer quoted, to be preferred; none when it quoted none. */
    public ConversationDocument previousDocumentPreferred(String conversation) {
        return ConversationDocument.of(previousDocument(conversation).orElse(""));
    }

    public void remember(String conversation, Turn turn) {
        turns.remember(conversation, turn);
    }
}
