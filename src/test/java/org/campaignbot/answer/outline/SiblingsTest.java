package org.campaignbot.answer.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.junit.jupiter.api.Test;

/** The parts beside the one an answer came from, so that "那第二个呢" can name one of them. */
class SiblingsTest {
    @Test
    void aPassageFromANumberedPartHasItsSiblingsInOrder() throws Exception {
        DocumentCatalog catalog = SectionFinderTest.catalog();
        DocumentFacts doc = catalog.documents().get(0);
        Section learning = doc.outline().flatten().stream().filter(s -> s.heading().startsWith("第一,")).findFirst().orElseThrow();
        assertThat(Siblings.of(catalog, passage(doc, learning.path(), false))).containsExactly("抓学习促提升", "抓执行促落实");
    }

    @Test
    void aTableRowOrAPartWithoutSiblingsHasNone() throws Exception {
        DocumentCatalog catalog = SectionFinderTest.catalog();
        DocumentFacts doc = catalog.documents().get(0);
        Section learning = doc.outline().flatten().stream().filter(s -> s.heading().startsWith("第一,")).findFirst().orElseThrow();
        assertThat(Siblings.of(catalog, passage(doc, learning.path(), true))).isEmpty();
        assertThat(Siblings.of(catalog, passage(doc, "没有这一部分", false))).isEmpty();
    }

    private static Passage passage(DocumentFacts doc, String section, boolean row) {
        return new Passage(new Chunk("1", doc.path(), doc.title(), section, "正文。", row), 1, 1, List.of());
    }
}
