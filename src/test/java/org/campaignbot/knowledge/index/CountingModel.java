package org.campaignbot.knowledge.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The real embedding model, recording every text it is asked to embed, so a test can say what was (not) computed. */
public final class CountingModel implements EmbeddingModel {
    private final EmbeddingModel model = new EmbeddingConfig().embeddingRuntime(new EmbeddingProperties(true)).model();
    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        segments.forEach(s -> texts.add(s.text()));
        return model.embedAll(segments);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    /** A runtime around this model, as the service has one; its warm-up text is not counted. */
    public EmbeddingRuntime runtime() {
        EmbeddingRuntime runtime = EmbeddingRuntime.load(true, () -> this);
        take();
        return runtime;
    }

    /** The texts embedded since the last call, and forgets them. */
    public List<String> take() {
        synchronized (texts) {
            List<String> taken = List.copyOf(texts);
            texts.clear();
            return taken;
        }
    }
}
