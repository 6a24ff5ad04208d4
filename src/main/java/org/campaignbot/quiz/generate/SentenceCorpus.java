package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.split.HeadingDetector;
import org.campaignbot.knowledge.split.SentenceSplitter;

/**
 * The sentences of the documents worth asking about (not headings, greetings or table rows), each with the
 * citation the knowledge base gives its chunk. Also keeps the whole text, to test whether a wording occurs anywhere.
 */
public final class SentenceCorpus {
    private static final int MIN_BODY = 12;
    // 第一, / (一) / 1. numbering at the start of a heading-with-body sentence: not part of the content
    private static final Pattern NUMBERING =
            Pattern.compile("^(?:第[一二三四五六七八九十]+[,，、]|[(（][一二三四五六七八九十]+[)）]|\\d{1,2}[.．、])");
    // table rows arrive as "序号：1；工作任务：…": field lists, not prose
    private static final Pattern TABLE_FIELD = Pattern.compile("^[^，,。]{1,6}：");

    private final List<SourceSentence> sentences;
    private final String fullText;

    private SentenceCorpus(List<SourceSentence> sentences, String fullText) {
        this.sentences = sentences;
        this.fullText = fullText;
    }

    public static SentenceCorpus of(List<SourceDocument> documents) {
        Set<SourceSentence> unique = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        for (SourceDocument doc : documents) {
            List<Chunk> chunks = new ChineseStructureSplitter().split(doc);
            int at = 0;
            for (String paragraph : doc.paragraphs()) {
                all.append(paragraph).append('\n');
                boolean heading = HeadingDetector.headingLevel(paragraph) == 1;
                for (String sentence : SentenceSplitter.split(paragraph)) {
                    at = chunkOf(chunks, sentence, at);
                    String body = NUMBERING.matcher(sentence).replaceFirst("");
                    if (!heading && body.length() >= MIN_BODY && !TABLE_FIELD.matcher(sentence).find() && at < chunks.size()) {
                        Chunk chunk = chunks.get(at);
                        unique.add(new SourceSentence(sentence, body, chunk.title(), chunk.section()));
                    }
                }
            }
        }
        return new SentenceCorpus(new ArrayList<>(unique), all.toString());
    }

    /** The chunk holding the sentence, searching on from the previous one (chunks follow reading order). */
    private static int chunkOf(List<Chunk> chunks, String sentence, int from) {
        for (int i = from; i < chunks.size(); i++) {
            if (chunks.get(i).text().contains(sentence)) {
                return i;
            }
        }
        return from;
    }

    public List<SourceSentence> sentences() {
        return sentences;
    }

    /** True when the wording occurs anywhere in the documents: a distractor that does would not be wrong. */
    public boolean occurs(String wording) {
        return fullText.contains(wording);
    }
}
