package org.campaignbot.knowledge.index;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.embedding.*}: the semantic (vector) part of retrieval.
 *
 * @param enabled false: the embedding model is never loaded and retrieval uses words and bigrams only. For a machine
 *                whose CPU makes ONNX Runtime crash the whole process, which no fallback can catch.
 */
@ConfigurationProperties("bot.embedding")
public record EmbeddingProperties(@DefaultValue("true") boolean enabled) {
}
