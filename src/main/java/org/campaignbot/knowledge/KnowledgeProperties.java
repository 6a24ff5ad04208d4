package org.campaignbot.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.knowledge.*}: where the documents and the index live, and how retrieval behaves.
 *
 * @param dir           documents to index (.md .txt .docx .pdf, sub-folders included)
 * @param indexDir      Lucene index directory; rebuilt when missing or corrupt
 * @param watch         pick up added, changed and removed files while running
 * @param watchInterval how often the document folder is checked
 * @param topK          passages retrieved per question
 * @param minSimilarity relevance floor: the least cosine similarity (bge-small-zh) between a question and its best
 *                      passage, together with shared wording, for the bot to answer; below it the bot says it has
 *                      nothing on the question
 * @param clearSimilarity similarity at which a passage is accepted even without shared wording
 */
@ConfigurationProperties("bot.knowledge")
public record KnowledgeProperties(
        @DefaultValue("knowledge") Path dir,
        @DefaultValue("data/index") Path indexDir,
        @DefaultValue("true") boolean watch,
        @DefaultValue("2s") Duration watchInterval,
        @DefaultValue("8") int topK,
        @DefaultValue("0.45") double minSimilarity,
        @DefaultValue("0.58") double clearSimilarity) {

    public KnowledgeProperties {
        if (topK < 1 || topK > 50) {
            throw new IllegalArgumentException("bot.knowledge.top-k 必须在 1 到 50 之间，当前为 " + topK);
        }
        if (watchInterval.isNegative() || watchInterval.isZero()) {
            throw new IllegalArgumentException("bot.knowledge.watch-interval 必须大于 0，例如 2s");
        }
    }
}
