package org.campaignbot.common;

import java.util.regex.Pattern;

/**
 * How a list written as prose begins and how the sentence after it refers back to it: "…还存在一些问题。一是…二是…",
 * "有的…；有的…。", then "对这些问题，…". The extractive answerer and the outline answers read such lists alike.
 */
public final class ListMarkers {
    /** How a list's first item starts: an announcing sentence is followed by the first item, not by "二是". */
    private static final Pattern FIRST_ITEM = Pattern.compile("^(?:一是|其一|首先|一方面|有的|有些)");
    /** How a sentence right after a list refers back to it: 对这些问题, 上述问题, 以上几点. */
    private static final Pattern SUMS_UP = Pattern.compile("^(?:对这些|这些|对上述|上述|以上|对此|针对这些)");

    private ListMarkers() {
    }

    public static boolean opensAList(String sentence) {
        return FIRST_ITEM.matcher(sentence.strip()).find();
    }

    public static boolean sumsUpAList(String sentence) {
        return SUMS_UP.matcher(sentence.strip()).find();
    }
}
