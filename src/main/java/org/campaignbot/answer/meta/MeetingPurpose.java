package org.campaignbot.answer.meta;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.split.SentenceSplitter;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * "今天开这个动员部署会 主要是干啥来的", "开推进会的目的是什么": a speech states why the meeting was called in its opening
 * words ("今天，我们召开…会议，主要是…"; "今天召开这次推进会，主要任务是…"). That sentence is the answer, from the meeting
 * the question names. Passage search finds it poorly: every speech opens alike, and the meeting's name, taken out of
 * the words searched for, is what tells them apart.
 */
public final class MeetingPurpose {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A question about a meeting's purpose: 会 or 会议, then what it is for. */
    private static final Pattern ASKED = Pattern.compile("会议?(?:的)?(?:主要|到底|究竟)?(?:目的|主要任务|任务是|是干|是为了|为了|要解决|主要是|主要干|干啥|干什么|是要干)"
            + "|(?:开|召开)(?:这个|这次|今天的|本次)?\\p{IsHan}{0,6}会议?(?:是)?(?:为了|为啥|为什么|干啥|干什么|做什么)");
    /** The opening sentence that says what the meeting is for. */
    private static final Pattern STATED = Pattern.compile("召开.{0,40}会.{0,30}(?:主要(?:任务)?是|目的是|就是要|主要目的)");
    /** "这次会议", "今天开这个会": the meeting of the speech at hand, named by no word of its title. */
    private static final Pattern THIS_MEETING = Pattern.compile("这次|这个|今天|本次|此次");
    /** How far into a document's opening the sentence is looked for. */
    private static final int OPENING_SENTENCES = 4;
    /** Title words every meeting's title may carry: they name no meeting in particular. */
    private static final Set<String> GENERIC = Set.of("三抓", "抓三", "三促", "行动", "会议", "会上", "讲话", "全市", "在全");

    private MeetingPurpose() {
    }

    public static Optional<Reply> answer(String question, DocumentCatalog catalog, List<Passage> ranked) {
        String q = SPACES.matcher(HalfWidth.of(question)).replaceAll(""); // "开这个会 主要是干啥" is spoken in pieces
        if (!ASKED.matcher(q).find()) {
            return Optional.empty();
        }
        Set<String> grams = RelevanceFloor.contentBigrams(q);
        DocumentFacts best = null;
        String bestSentence = null;
        long bestNamed = -1;
        int bestRank = Integer.MAX_VALUE;
        for (DocumentFacts doc : catalog.documents()) {
            String sentence = stated(doc);
            if (sentence == null) {
                continue;
            }
            String title = HalfWidth.of(doc.title());
            long named = DocumentMeta.titleWords(grams, title, GENERIC);
            int rank = DocumentMeta.rank(doc, ranked);
            if (named > bestNamed || named == bestNamed && rank < bestRank) {
                best = doc;
                bestSentence = sentence;
                bestNamed = named;
                bestRank = rank;
            }
        }
        // "讲评会的目的是什么" names a meeting none of these speeches was given at: not answered from them
        if (best == null || bestNamed == 0 && !THIS_MEETING.matcher(q).find()) {
            return Optional.empty();
        }
        return Optional.of(Reply.withSources("“" + bestSentence + "”[1]\n",
                List.of(new Citation(best.title(), "", bestSentence))));
    }

    /** The opening sentence stating what the meeting is for, or null. */
    private static String stated(DocumentFacts doc) {
        int seen = 0;
        for (String paragraph : doc.outline().body()) {
            for (String sentence : SentenceSplitter.split(paragraph)) {
                if (STATED.matcher(HalfWidth.of(sentence)).find()) {
                    return sentence;
                }
                if (++seen >= OPENING_SENTENCES) {
                    return null;
                }
            }
        }
        return null;
    }
}
