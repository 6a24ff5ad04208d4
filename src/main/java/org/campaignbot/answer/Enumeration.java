package org.campaignbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.campaignbot.common.ListMarkers;

/**
 * The items of a list written as prose: "一是…。二是…。三是…。", "其一…其二…", "首先…其次…", "有的…；有的…；". Speeches
 * and reports list their points this way inside one paragraph, without headings, so a question about "哪些" needs the
 * item sentences although it shares no words with them.
 */
final class Enumeration {
    /** The kinds of item marker; a list keeps to one kind ("一是…二是…", then "有的…" starts another list). */
    private static final List<Pattern> KINDS = List.of(
            Pattern.compile("^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次|再次|最后)"),
            Pattern.compile("^(?:有的|有些)"),
            Pattern.compile("^(?:一方面|另一方面)"));
    /** Fewer items than this is not a list. */
    private static final int MIN_ITEMS = 2;

    private Enumeration() {
    }

    /**
     * The positions of the run of item sentences that the sentence at {@code lead} introduces (the items follow it)
     * or belongs to (it is one of them); empty when there is no such run. Sentences between two items (an item's
     * details: "一是学习热潮持续掀起。截至10月底…") are not items and are left out, so the list stays short.
     */
    static List<Integer> itemsAround(List<String> sentences, int lead) {
        int start;
        int kind = kindOf(sentences.get(lead));
        if (kind >= 0) {
            start = lead;
            for (int previous = backToItem(sentences, start); previous >= 0; previous = backToItem(sentences, start)) {
                start = previous;
            }
        } else if (lead + 1 < sentences.size() && ListMarkers.opensAList(sentences.get(lead + 1))) {
            start = lead + 1; // the lead announces the list: its first item follows at once
            kind = kindOf(sentences.get(start));
        } else if (lead > 0 && ListMarkers.sumsUpAList(sentences.get(lead))
                && kindOf(sentences.get(lead - 1)) >= 0) {
            // "对这些问题，要…" after "有的…；有的…。": the lead sums up the list before it
            start = lead - 1;
            kind = kindOf(sentences.get(start));
            for (int previous = backToItem(sentences, start); previous >= 0; previous = backToItem(sentences, start)) {
                start = previous;
            }
        } else {
            return List.of();
        }
        List<Integer> items = new ArrayList<>();
        int gap = 0;
        for (int i = start; i < sentences.size() && gap <= MAX_GAP; i++) {
            int k = kindOf(sentences.get(i));
            if (k >= 0 && k != kind) {
                break;
            }
            if (k == kind) {
                items.add(i);
                gap = 0;
            } else {
                gap++;
            }
        }
        return items.size() >= MIN_ITEMS ? items : List.of();
    }

    /** Item sentences may carry up to this many detail sentences each before the next item. */
    private static final int MAX_GAP = 3;

    /** The previous item before position {@code from}, within the gap allowed, or -1. */
    private static int backToItem(List<String> sentences, int from) {
        for (int i = from - 1; i >= 0 && i >= from - 1 - MAX_GAP; i--) {
            if (kindOf(sentences.get(i)) == kindOf(sentences.get(from))) {
                return i;
            }
        }
        return -1;
    }

    /** The kind of item marker the sentence starts with, or -1. */
    static int kindOf(String sentence) {
        String s = sentence.strip();
        for (int k = 0; k < KINDS.size(); k++) {
            if (KINDS.get(k).matcher(s).find()) {
                return k;
            }
        }
        return -1;
    }
}
