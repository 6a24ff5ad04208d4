package org.campaignbot.conversation.log;

import java.util.Optional;

/** How a question was answered. */
public enum AnswerMode {
    /** Quoted from the documents (or the task tables and headings) without a model. */
    EXTRACTIVE("原文摘录"),
    /** Written by the configured LLM from retrieved passages (a quotation given because the model failed is not). */
    LLM("大模型"),
    /** Nothing in the knowledge base: the reply cites no source. */
    DECLINED("未找到答案");

    private final String label;

    AnswerMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code (EXTRACTIVE, declined …) or the Chinese label; empty for anything else. */
    public static Optional<AnswerMode> parse(String text) {
        for (AnswerMode m : values()) {
            if (m.name().equalsIgnoreCase(text == null ? "" : text.strip()) || m.label.equals(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
