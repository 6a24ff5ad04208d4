package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.RelevanceFloor;

/**
 * "领导包抓和考核这两块咋讲的": a question about two things at once wants a sentence on each. The sentences that match
 * the whole question best may all be about the first thing; for each thing named, the sentence that holds most of its
 * words is quoted too, when it holds at least half of them and the reply stays short.
 */
final class TwoTopics {
    /** The question says it asks about several things: 这两块, 两方面, 分别, 各自. */
    private static final Pattern SEVERAL = Pattern.compile("[这那]?[两二三几](?:块|个方面|方面|点|项|件事|个)|分别|各自");
    /** Where one thing named ends and the next begins. */
    private static final Pattern JOIN = Pattern.compile("[和与及跟、,，]|还有|以及");
    private static final double MIN_SHARE = 0.5;
    private static final int MAX_QUOTE_CHARS = ExtractiveAnswerer.MAX_QUOTE_CHARS;

    private TwoTopics() {
    }

    /** The things a question joins ("领导包抓", "考核"), or none when it does not say it asks about several. */
    static List<Set<String>> of(String question) {
        String q = HalfWidth.of(question);
        if (!SEVERAL.matcher(q).find()) {
            return List.of();
        }
        String[] parts = JOIN.split(SEVERAL.matcher(q).replaceAll(" "));
        List<Set<String>> topics = new ArrayList<>();
        for (String part : parts) {
            Set<String> grams = RelevanceFloor.contentBigrams(part);
            if (!grams.isEmpty()) {
                topics.add(grams);
            }
        }
        return topics.size() >= 2 ? topics : List.of();
    }

    /** The chosen sentences, with the best sentence on each thing named that none of them is about. */
    static List<Candidate> withEach(List<Candidate> chosen, List<Candidate> all, String question) {
        List<Candidate> out = new ArrayList<>(chosen);
        int chars = chosen.stream().mapToInt(c -> c.text().length()).sum();
        for (Set<String> topic : of(question)) {
            if (out.stream().anyMatch(c -> RelevanceFloor.share(topic, HalfWidth.of(c.text())) >= MIN_SHARE)) {
                continue;
            }
            Candidate best = null;
            double bestShare = MIN_SHARE;
            for (Candidate c : all) {
                double share = RelevanceFloor.share(topic, HalfWidth.of(c.text()));
                if (share >= bestShare && (best == null || share > bestShare)) {
                    best = c;
                    bestShare = share;
                }
            }
            if (best == null || chars + best.text().length() > MAX_QUOTE_CHARS) {
                continue;
            }
            String same = ExtractiveAnswerer.normalised(best.text());
            if (out.stream().noneMatch(c -> ExtractiveAnswerer.normalised(c.text()).equals(same))) {
                out.add(best); // never the same sentence twice, not even from two copies of a document
                chars += best.text().length();
            }
        }
        return out;
    }
}
