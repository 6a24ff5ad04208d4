package org.campaignbot.knowledge.load;

import java.util.List;

/** A document's title when it has no explicit one: a short first line without sentence punctuation, else the file name. */
final class TitleGuess {
    private TitleGuess() {
    }

    static String fromParagraphs(List<String> paragraphs, String path) {
        if (!paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            boolean shortLine = first.length() >= 4 && first.length() <= 40;
            boolean noSentence = !first.matches(".*[。！？；!?;:：,，]$") && !first.matches("^[一二三四五六七八九十]+、.*");
            if (shortLine && noSentence) {
                return first;
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
