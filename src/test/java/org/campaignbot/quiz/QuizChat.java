package org.campaignbot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.campaignbot.testing.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running app the way users do, and knows how to answer the question a reply asks. */
public final class QuizChat {
    private static final Pattern HEADING = Pattern.compile("(?:第 \\d+/\\d+ 题|挑战第 \\d+ 题|抢答题|今日一题)（(填空|单选|多选|判断)）\\n(.+)");

    /** A /api/chat response. */
    public record Said(String reply, int citations) {
    }

    private QuizChat() {
    }

    /** POST /api/chat with the documented JSON shape. */
    public static Said http(int port, JsonMapper json, String conversationId, String userId, String userName, String text)
            throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("conversationId", conversationId);
        body.put("userId", userId);
        body.put("userName", userName);
        body.put("text", text);
        HttpResponse<String> r = TestHttp.to(port).postJson("/api/chat", json.writeValueAsString(body));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode node = json.readTree(r.body());
        return new Said(node.get("reply").asString(), node.get("citations").size());
    }

    /** A group message as a WeCom or DingTalk adapter delivers it. */
    public static Reply group(ConversationService conversation, String conversationId, String userId, String userName, String text) {
        return conversation.handle(new IncomingMessage("test", conversationId, userId, userName, text, true, true));
    }

    /** The question the reply asks last (its stem line after the heading), looked up in the bank. */
    public static Question asked(String reply, QuestionRepository repo) {
        Matcher m = HEADING.matcher(reply);
        String stem = null;
        while (m.find()) {
            stem = m.group(2).replaceFirst("^判断：", "");
        }
        assertThat(stem).as("no question in: " + reply).isNotNull();
        String s = stem;
        return repo.findByStem(s).orElseThrow(() -> new AssertionError("not in bank: " + s));
    }

    /** The right answer, typed in one of the forms people use ({@code variant} picks which). */
    public static String right(Question q, int variant) {
        return switch (q.kind()) {
            case SINGLE -> List.of("选" + q.answer(), q.answer().toLowerCase(), String.valueOf(q.answer().charAt(0) - 'A' + 1),
                    fullWidth(q.answer())).get(variant % 4);
            case MULTI -> List.of(q.answer().toLowerCase(), String.join(" ", q.answer().split("")),
                    String.join("、", q.answer().split("")), "选" + q.answer()).get(variant % 4);
            case JUDGE -> q.answer().equals("对") ? List.of("对", "√", "正确", "T").get(variant % 4)
                    : List.of("错", "×", "错误", "F").get(variant % 4);
            case FILL -> List.of(q.answer(), " " + q.answer() + " ", "“" + q.answer() + "”", q.answer() + "。").get(variant % 4);
        };
    }

    public static String wrong(Question q) {
        return switch (q.kind()) {
            case SINGLE -> q.answer().equals("A") ? "B" : "A";
            case MULTI -> "A"; // multiple-choice answers always have at least two letters
            case JUDGE -> q.answer().equals("对") ? "错" : "对";
            case FILL -> "完全不对的词";
        };
    }

    private static String fullWidth(String ascii) {
        StringBuilder sb = new StringBuilder();
        ascii.chars().forEach(c -> sb.append((char) (c + 0xFEE0)));
        return sb.toString();
    }
}
