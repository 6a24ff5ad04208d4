package org.campaignbot.quiz.generate;

/**
 * A sentence questions can be built on, with where it comes from.
 *
 * @param text    the sentence exactly as in the document
 * @param body    the part of the sentence questions are cut from: {@code text} without a leading
 *                {@code 第一,}-style numbering, always a suffix of {@code text}
 * @param title   document title
 * @param section heading path
 */
record SourceSentence(String text, String body, String title, String section) {
}
