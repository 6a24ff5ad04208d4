package org.campaignbot.channel.web;

import java.util.List;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=…&k=5}: the raw retrieval, for checking what the bot would quote. */
@RestController
public class SearchController {
    private final HybridRetriever retriever;

    public SearchController(HybridRetriever retriever) {
        this.retriever = retriever;
    }

    public record Hit(String source, String section, String text, double score) {
    }

    public record SearchResponse(List<Hit> hits) {
    }

    @GetMapping("/api/search")
    public SearchResponse search(@RequestParam(required = false) String q, @RequestParam(required = false) String k) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw new BadRequestException("q 不能为空：请提供要检索的内容");
        }
        if (query.codePointCount(0, query.length()) > ChatController.MAX_TEXT) {
            throw new BadRequestException("q 过长：最多 " + ChatController.MAX_TEXT + " 个字");
        }
        int count = parseK(k);
        var hits = retriever.search(query, count).passages().stream()
                .map(p -> new Hit(p.chunk().title(), p.chunk().section(), p.chunk().text(),
                        Math.round(p.score() * 1000) / 1000.0))
                .toList();
        return new SearchResponse(hits);
    }

    private static int parseK(String k) {
        if (k == null || k.isBlank()) {
            return 5;
        }
        try {
            int value = Integer.parseInt(k.strip());
            if (value >= 1 && value <= 50) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestException("k 必须是 1 到 50 之间的整数");
    }
}
