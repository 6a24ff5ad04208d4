package org.campaignbot.quiz.generate;

/**
 * A key phrase of a sentence: something worth blanking out or swapping.
 *
 * @param text   the phrase, word for word
 * @param start  its offset in the sentence body
 * @param source how it was found, which also ranks how good a blank it makes
 * @param family phrases found in parallel with it (one enumeration, or the "…的根本途径" slot of parallel
 *               sentences): the first place to look for plausible wrong options
 */
record Phrase(String text, int start, Source source, String family) {

    public enum Source {
        /** the tail of "X是…的根本途径": the defining term of the sentence */
        DEFINITION,
        /** a term in quotation marks: “放管服” */
        QUOTED,
        /** "以提高行政效能为目标" */
        PURPOSE,
        /** one item of an enumeration "网络平台、专题讲座、实地考察" */
        ITEM
    }

    public int end() {
        return start + text.length();
    }
}
