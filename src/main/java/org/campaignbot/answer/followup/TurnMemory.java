package org.campaignbot.answer.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last turn of each conversation, in both answer modes. Bounded (least recently used conversations are
 * forgotten first) and in memory only: a restart forgets, which for chat follow-ups is harmless.
 */
public class TurnMemory {
    private static final int MAX_CONVERSATIONS = 10_000;
    private final Map<String, Turn> last = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    public synchronized Optional<Turn> last(String conversation) {
        return Optional.ofNullable(last.get(conversation));
    }

    public synchronized void remember(String conversation, Turn turn) {
        last.put(conversation, turn);
    }
}
