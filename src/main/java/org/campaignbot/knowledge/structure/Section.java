package org.campaignbot.knowledge.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a document under one heading: the heading as written, the sentences that stand under it before its
 * first sub-heading, and its sub-sections in order. The document itself is the root (level 0, heading = title).
 *
 * @param level    0 for the document, 1–4 as {@link org.campaignbot.knowledge.load.HeadingDetector} numbers them
 * @param heading  the heading's first sentence, verbatim ("第一,抓学习促提升。", "（一）能力素质明显提升。")
 * @param path     the heading path as chunks cite it ("二、聚焦重点任务… > 第一,抓学习促提升")
 * @param body     the verbatim sentences under the heading (the rest of the heading's paragraph included),
 *                 task-table rows excluded
 */
public record Section(int level, String heading, String path, List<String> body, List<Section> children) {
    public Section {
        body = List.copyOf(body);
        children = List.copyOf(children);
    }

    /** This section and every section under it, depth first, in reading order. */
    public List<Section> flatten() {
        List<Section> all = new ArrayList<>();
        all.add(this);
        children.forEach(c -> all.addAll(c.flatten()));
        return all;
    }

    /** The heading without its number and closing mark: "第一,抓学习促提升。" → "抓学习促提升". */
    public String topic() {
        return Headings.topic(heading);
    }
}
