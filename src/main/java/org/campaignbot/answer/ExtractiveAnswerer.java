package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.conversation.Citation;
import org.campaignbot.conversation.IncomingMessage;
import org.campaignbot.conversation.Reply;
import org.campaignbot.knowledge.index.Embedder;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.SentenceSplitter;
import org.springframework.stereotype.Component;

/**
 * The default answerer, with no LLM: it quotes, word for word, the sentences of the top passages that best match the
 * question, and cites them. Sentences are scored by meaning (their stored bge vectors against the question's) plus
 * shared wording, so no model runs at answer time and a reply takes a few milliseconds.
 */
@Component
public class ExtractiveAnswerer implements Answerer {
    static final int MAX_QUOTE_CHARS = 300;
    private static final int MAX_SENTENCES = 3;
    private static final int PASSAGES_CONSIDERED = 3;
    /** A sentence this much below the best one is not worth quoting beside it. */
    private static final double MARGIN = 0.06;

    private record Candidate(int passage, int position, String text, double score) {
    }

    @Override
    public Reply answer(IncomingMessage question, SearchResult result) {
        List<Candidate> chosen = choose(result);
        Map<Integer, List<Candidate>> byPassage = new LinkedHashMap<>();
        chosen.stream()
                .sorted(Comparator.comparingInt(Candidate::passage).thenComparingInt(Candidate::position))
                .forEach(c -> byPassage.computeIfAbsent(c.passage(), k -> new ArrayList<>()).add(c));

        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (var group : byPassage.entrySet()) {
            Passage passage = result.passages().get(group.getKey());
            citations.add(passage.citation());
            StringBuilder quote = new StringBuilder();
            group.getValue().forEach(c -> quote.append(c.text()));
            text.append('“').append(quote).append('”').append('[').append(citations.size()).append("]\n");
        }
        text.append("\n出处：");
        for (int i = 0; i < citations.size(); i++) {
            text.append("\n[").append(i + 1).append("] ").append(citations.get(i).label());
        }
        return Reply.cited(text.toString(), citations);
    }

    private List<Candidate> choose(SearchResult result) {
        List<Candidate> all = new ArrayList<>();
        List<Passage> passages = result.passages();
        for (int p = 0; p < Math.min(PASSAGES_CONSIDERED, passages.size()); p++) {
            Passage passage = passages.get(p);
            if (p > 0 && passage.score() < passages.get(0).score() * 0.6) {
                break; // far behind the best passage: quoting it would dilute the answer
            }
            List<String> sentences = SentenceSplitter.split(passage.chunk().text());
            for (int s = 0; s < sentences.size(); s++) {
                double meaning = s < passage.sentenceVectors().size()
                        ? Embedder.dot(result.queryVector(), passage.sentenceVectors().get(s)) : passage.similarity();
                double wording = WordOverlap.share(result.query(), sentences.get(s));
                all.add(new Candidate(p, s, sentences.get(s), meaning + 0.25 * wording - 0.02 * p));
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        int chars = 0;
        for (Candidate c : all) {
            boolean first = chosen.isEmpty();
            if (!first && (c.score() < all.get(0).score() - MARGIN || chosen.size() == MAX_SENTENCES
                    || chars + c.text().length() > MAX_QUOTE_CHARS)) {
                continue;
            }
            chosen.add(c);
            chars += c.text().length();
        }
        return chosen;
    }
}
