package org.campaignbot.quiz;

import java.util.Locale;
import java.util.Optional;

/** Review state: generated and imported questions start as drafts; only approved ones are ever played. */
public enum Status {
    DRAFT("待审核"), APPROVED("已通过"), REJECTED("已驳回");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the Chinese name, the code (draft, APPROVED …) and the short forms 草稿 / 通过 / 驳回. */
    public static Optional<Status> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Status s : values()) {
            if (s.label.equals(t) || s.name().equals(t.toUpperCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return switch (t) {
            case "草稿", "待审" -> Optional.of(DRAFT);
            case "通过", "已审核" -> Optional.of(APPROVED);
            case "驳回", "不通过" -> Optional.of(REJECTED);
            default -> Optional.empty();
        };
    }
}
