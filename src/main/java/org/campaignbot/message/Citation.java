package org.campaignbot.message;

/** A quoted source: document title, heading path, and the passage text. */
public record Citation(String source, String section, String text) {

    /** The form used in replies: 《title》section. */
    public String label() {
        return "《" + source + "》" + (section == null || section.isBlank() ? "" : section);
    }
}
