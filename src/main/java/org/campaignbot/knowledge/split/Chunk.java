package org.campaignbot.knowledge.split;

/**
 * A retrievable passage: whole sentences from one section of one document.
 *
 * @param id      stable id: document path + "#" + ordinal
 * @param path    the document's path under the knowledge directory
 * @param title   the document title, for 《title》 citations
 * @param section heading path, e.g. {@code 二、聚焦重点任务… > 第二,抓执行促落实}; empty before the first heading
 * @param text    the passage, word for word from the document
 * @param row     true for a task-table row (one row per chunk), false for prose
 */
public record Chunk(String id, String path, String title, String section, String text, boolean row) {

    /** A passage of prose. */
    public Chunk(String id, String path, String title, String section, String text) {
        this(id, path, title, section, text, false);
    }

    /** What the indexes see: headings carry key terms (抓执行促落实) that the body may only imply. */
    public String indexedText() {
        return section.isEmpty() ? text : section + "\n" + text;
    }
}
