package org.campaignbot.answer.outline;

import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;

/** The part of a document a question asks about; the document's root section when it asks for the outline. */
public record SectionMatch(DocumentFacts document, Section section) {
}
