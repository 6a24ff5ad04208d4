package org.campaignbot.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.campaignbot.common.TimeConfig;

/** Dates and times as the pages show them, in Beijing time; available to every template as {@code fmt}. */
public final class ConsoleFormat {
    static final ConsoleFormat INSTANCE = new ConsoleFormat();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TimeConfig.ZONE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TimeConfig.ZONE);

    private ConsoleFormat() {
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public String millis(long epochMillis) {
        return epochMillis <= 0 ? "" : MINUTE.format(Instant.ofEpochMilli(epochMillis));
    }

    /** The first characters of a long text, for tables. */
    public String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max)) + "…";
    }
}
