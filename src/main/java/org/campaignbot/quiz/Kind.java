package org.campaignbot.quiz;

import java.util.Locale;
import java.util.Optional;

/** Question kinds, with the Chinese names the office sees in chat and in the CSV file. */
public enum Kind {
    FILL("填空"), SINGLE("单选"), MULTI("多选"), JUDGE("判断");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the Chinese name (填空, 单选题 …) or the code (FILL, single …). */
    public static Optional<Kind> parse(String text) {
        String t = text == null ? "" : text.strip().replace("题", "");
        for (Kind k : values()) {
            if (k.label.equals(t) || k.name().equals(t.toUpperCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public boolean hasOptions() {
        return this == SINGLE || this == MULTI;
    }
}
