package org.campaignbot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.PerCatalog;
import org.campaignbot.message.Reply;

/**
 * Whether a reply found for a question within the previous one of its conversation answers the question itself: it
 * must quote at least a fifth of the question's own words ("不达标的单位咋办" → a sentence on units that 不达标).
 * Otherwise the previous question alone found it: "今天食堂吃什么" after a question on the 政务局's plan would be
 * answered with that plan's aims.
 */
final class OwnWords {
    private static final Pattern INTERROGATIVE = Pattern.compile("[谁啥哪几]");
    /** Of a question's own words, at least this share must be in the reply. */
    private static final double SHARE = 0.2;

    /**
     * The bigrams at least half of the documents' titles hold (三抓三促, 行动): every passage holds them, so quoting one
     * says nothing ("县行动办是个啥机构" is not answered by a sentence on the 行动 in general). Worked out once per catalog.
     */
    private final PerCatalog<Set<String>> campaignWords = new PerCatalog<>(OwnWords::campaignWords);

    boolean quoted(String asked, Reply reply, DocumentCatalog catalog) {
        // without its interrogatives: "要追谁的责" has no word of its own that 追谁 would make it seem to have
        Set<String> own = new HashSet<>(
                RelevanceFloor.contentBigrams(INTERROGATIVE.matcher(HalfWidth.of(asked)).replaceAll("")));
        own.removeAll(campaignWords.of(catalog));
        return own.isEmpty() || RelevanceFloor.share(own, HalfWidth.of(reply.body())) >= SHARE;
    }

    private static Set<String> campaignWords(DocumentCatalog catalog) {
        List<String> titles = catalog.documents().stream().map(d -> HalfWidth.of(d.title())).toList();
        if (titles.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> titlesHolding = new HashMap<>();
        titles.forEach(t -> RelevanceFloor.contentBigrams(t).forEach(g -> titlesHolding.merge(g, 1, Integer::sum)));
        Set<String> shared = new HashSet<>();
        titlesHolding.forEach((g, n) -> {
            if (n * 2 >= titles.size()) {
                shared.add(g);
            }
        });
        return Set.copyOf(shared);
    }
}
