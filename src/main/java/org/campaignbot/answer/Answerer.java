package org.campaignbot.answer;

import org.campaignbot.conversation.IncomingMessage;
import org.campaignbot.conversation.Reply;
import org.campaignbot.knowledge.search.SearchResult;

/** Composes a reply from retrieved passages. Called only when the passages cleared the relevance floor. */
public interface Answerer {
    Reply answer(IncomingMessage question, SearchResult result);
}
