package org.campaignbot.quiz;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.quiz.*}.
 *
 * @param setSize          questions in a 答题 / 每日一练 set
 * @param sessionTimeout   an unanswered session ends quietly after this long
 * @param pointsPerCorrect points for a correct answer in a set or challenge
 * @param contestPoints    points for winning a group contest
 * @param dailyCap         most points one person can earn in a day
 * @param contestTimeLimit how long a group contest accepts answers
 * @param dailyAt          time of the daily question, on working days ("09:00")
 * @param generateOnStart  draft questions from the knowledge documents at start-up when the bank is empty
 * @param contactsFile     contacts.yaml, for ranking by unit
 * @param groups           chat groups the office runs contests and the daily question in
 */
@ConfigurationProperties("bot.quiz")
public record QuizProperties(
        @DefaultValue("5") int setSize,
        @DefaultValue("10m") Duration sessionTimeout,
        @DefaultValue("1") int pointsPerCorrect,
        @DefaultValue("3") int contestPoints,
        @DefaultValue("20") int dailyCap,
        @DefaultValue("5m") Duration contestTimeLimit,
        @DefaultValue("09:00") String dailyAt,
        @DefaultValue("true") boolean generateOnStart,
        @DefaultValue("config/contacts.yaml") Path contactsFile,
        List<Group> groups) {

    /**
     * A chat group known to the quiz.
     *
     * @param name           the office's name for it, used in the admin API
     * @param channel        wecom or dingtalk
     * @param kind           how pushes reach it: robot (a group robot named under bot.wecom/dingtalk.robots) or chat
     * @param id             the robot name or the chat id
     * @param conversationId the id incoming messages from this group carry; without it the group gets the daily
     *                       question as a study card (answer included), since its answers could not be matched
     * @param daily          receives the daily question
     */
    public record Group(String name, String channel, @DefaultValue("robot") String kind, String id,
                        String conversationId, @DefaultValue("false") boolean daily) {

        public boolean contests() {
            return conversationId != null && !conversationId.isBlank();
        }
    }

    public QuizProperties {
        groups = groups == null ? List.of() : List.copyOf(groups);
        positive("set-size", setSize, 1, 50);
        positive("points-per-correct", pointsPerCorrect, 0, 100);
        positive("contest-points", contestPoints, 0, 100);
        positive("daily-cap", dailyCap, 0, 100_000);
        if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
            throw new IllegalArgumentException("bot.quiz.session-timeout 必须大于 0，例如 10m");
        }
        if (contestTimeLimit.isNegative() || contestTimeLimit.isZero()) {
            throw new IllegalArgumentException("bot.quiz.contest-time-limit 必须大于 0，例如 5m");
        }
        dailyTime(dailyAt);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            String where = "bot.quiz.groups[" + i + "]";
            if (g.name() == null || g.name().isBlank() || !names.add(g.name())) {
                throw new IllegalArgumentException(where + ".name 必须填写且不能重复");
            }
            if (g.channel() == null || g.channel().isBlank() || g.id() == null || g.id().isBlank()) {
                throw new IllegalArgumentException(where + "（" + g.name() + "）需要 channel（wecom 或 dingtalk）和 id（机器人名或群聊 id）");
            }
            if (!Set.of("robot", "chat").contains(g.kind())) {
                throw new IllegalArgumentException(where + ".kind 只能是 robot 或 chat，当前为 " + g.kind());
            }
        }
    }

    public LocalTime dailyTime() {
        return dailyTime(dailyAt);
    }

    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    private static LocalTime dailyTime(String text) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bot.quiz.daily-at 应为 时:分，例如 09:00，当前为 " + text);
        }
    }

    private static void positive(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("bot.quiz." + name + " 必须在 " + min + " 到 " + max + " 之间，当前为 " + value);
        }
    }
}
