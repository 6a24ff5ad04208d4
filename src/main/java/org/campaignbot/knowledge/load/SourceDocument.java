package org.campaignbot.knowledge.load;

import java.util.List;

/**
 * A document as read from disk, before splitting.
 *
 * @param path       path relative to the knowledge directory, with forward slashes (stable id for citations and hashes)
 * @param title      the document title: a Markdown {@code # } line, the first short line of a .txt/.docx/.pdf that
 *                   looks like a title, else the file name
 * @param paragraphs body text in reading order, one paragraph (or heading) per entry; table rows appear here as
 *                   sentences too, so questions about a task can find its row
 * @param tables     tables found in the document (Markdown pipe tables, .docx tables), header row first
 */
public record SourceDocument(String path, String title, List<String> paragraphs, List<DocTable> tables) {
    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
    }
}
