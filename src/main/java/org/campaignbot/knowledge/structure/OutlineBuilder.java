package org.campaignbot.knowledge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.SentenceSplitter;

/**
 * Builds a document's heading tree with the same heading rules the splitter uses, so that a section here and the
 * chunks cited by its path are the same part of the document.
 */
final class OutlineBuilder {
    private OutlineBuilder() {
    }

    /** @param rowSections filled with the heading path each task-table row stands under */
    static Section build(SourceDocument doc, Set<String> rowSentences, Map<String, String> rowSections) {
        Node root = new Node(0, doc.title(), "");
        List<Node> open = new ArrayList<>(List.of(root));
        boolean pointEnded = false;
        for (String paragraph : doc.paragraphs()) {
            if (rowSentences.contains(paragraph)) {
                rowSections.put(paragraph, open.get(open.size() - 1).path);
                continue;
            }
            List<String> sentences = SentenceSplitter.split(paragraph);
            int level = HeadingDetector.headingLevel(paragraph);
            if (level == 0 || sentences.isEmpty()) {
                if (pointEnded && !sentences.isEmpty()) {
                    open.remove(open.size() - 1); // the same rule as the splitter's, so paths agree
                    pointEnded = false;
                }
                open.get(open.size() - 1).body.addAll(sentences);
                continue;
            }
            pointEnded = HeadingDetector.endsWithItsParagraph(paragraph);
            while (open.size() > 1 && open.get(open.size() - 1).level >= level) {
                open.remove(open.size() - 1);
            }
            Node parent = open.get(open.size() - 1);
            String label = HeadingDetector.label(paragraph);
            Node node = new Node(level, sentences.get(0), parent.path.isEmpty() ? label : parent.path + " > " + label);
            node.body.addAll(sentences.subList(1, sentences.size()));
            parent.children.add(node);
            open.add(node);
        }
        return root.toSection();
    }

    private static final class Node {
        final int level;
        final String heading;
        final String path;
        final List<String> body = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(int level, String heading, String path) {
            this.level = level;
            this.heading = heading;
            this.path = path;
        }

        Section toSection() {
            return new Section(level, heading, path, body, children.stream().map(Node::toSection).toList());
        }
    }
}
