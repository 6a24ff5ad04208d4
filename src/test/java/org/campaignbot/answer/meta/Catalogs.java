package org.campaignbot.answer.meta;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;

/** A catalog of documents given as text, for the tests of what documents say of themselves. */
final class Catalogs {
    private Catalogs() {
    }

    /** The texts as plain-text documents d0.txt, d1.txt, … in order. */
    static DocumentCatalog of(String... texts) throws Exception {
        DocumentReader reader = new DocumentReader();
        List<org.campaignbot.knowledge.load.SourceDocument> docs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(reader.parse(texts[i].getBytes(StandardCharsets.UTF_8), "d" + i + ".txt"));
        }
        return DocumentCatalog.of(docs);
    }
}
