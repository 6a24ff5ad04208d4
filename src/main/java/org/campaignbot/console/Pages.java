package org.campaignbot.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.web.util.UriComponentsBuilder;

/** Small helpers for the pages' query parameters: forgiving parsing (a bad value means "no filter") and links. */
final class Pages {
    static final int SIZE = 50;

    private Pages() {
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static int page(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 100_000);
    }

    static int pages(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** A link to {@code path} with the non-blank parameters given as name, value, name, value … */
    static String link(String path, String... nameValues) {
        var builder = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null && !nameValues[i + 1].isBlank()) {
                builder.queryParam(nameValues[i], nameValues[i + 1]);
            }
        }
        return builder.encode().build().toUriString();
    }

    static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
