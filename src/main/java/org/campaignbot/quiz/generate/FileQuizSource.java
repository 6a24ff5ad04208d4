package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.List;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.load.DocumentReadException;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.KnowledgeFiles;
import org.campaignbot.knowledge.load.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The knowledge folder read with the index's own reader, so questions and answers quote the same text. */
@Component
public class FileQuizSource implements QuizSource {
    private static final Logger log = LoggerFactory.getLogger(FileQuizSource.class);

    private final KnowledgeProperties knowledge;
    private final DocumentReader reader;

    public FileQuizSource(KnowledgeProperties knowledge, DocumentReader reader) {
        this.knowledge = knowledge;
        this.reader = reader;
    }

    @Override
    public List<SourceDocument> documents() {
        List<SourceDocument> docs = new ArrayList<>();
        for (KnowledgeFiles.Entry entry : KnowledgeFiles.list(knowledge.dir())) {
            try {
                docs.add(reader.read(entry.file(), entry.relativePath()));
            } catch (DocumentReadException e) {
                log.warn("出题时跳过无法读取的文件 {}：{}", entry.relativePath(), e.getMessage());
            }
        }
        return docs;
    }
}
