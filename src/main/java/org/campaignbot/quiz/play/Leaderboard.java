package org.campaignbot.quiz.play;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.message.IncomingMessage;
import org.springframework.stereotype.Component;

/**
 * 排行榜: this week and all time, by person and by unit, for the chat it is asked in (or everyone, one-to-one). Units
 * come from the supervision contacts (config/contacts.yaml): a player is matched by WeCom id, DingTalk id or mobile,
 * on the local web page also by name; someone in several units counts for the first one listed.
 */
@Component
public class Leaderboard {
    static final int TOP = 10;

    /** A unit's place: the sum of its members' points. */
    public record UnitRank(String unit, int points, int people) {
        UnitRank plus(UnitRank other) {
            return new UnitRank(unit, points + other.points, people + other.people);
        }
    }

    private final Scoreboard scoreboard;
    private final ContactDirectory contacts;

    public Leaderboard(Scoreboard scoreboard, ContactDirectory contacts) {
        this.scoreboard = scoreboard;
        this.contacts = contacts;
    }

    public List<Scoreboard.Rank> people(IncomingMessage m, boolean thisWeek) {
        return scoreboard.people(m.channel(), m.group() ? m.conversationId() : null, thisWeek ? scoreboard.weekStart() : 0);
    }

    /** Units by points, best first; people whose unit is unknown are left out. */
    public List<UnitRank> units(IncomingMessage m, boolean thisWeek) {
        return units(m, people(m, thisWeek));
    }

    /** Units of an already fetched ranking, so the board queries each period once. */
    private List<UnitRank> units(IncomingMessage m, List<Scoreboard.Rank> people) {
        Map<String, UnitRank> sums = new LinkedHashMap<>();
        Contacts directory = contacts.current();
        for (Scoreboard.Rank r : people) {
            directory.findByIdOrName(m.channel(), r.userId(), r.userName()).map(Contacts.Member::firstUnit).ifPresent(
                    unit -> sums.merge(unit, new UnitRank(unit, r.points(), 1), UnitRank::plus));
        }
        List<UnitRank> out = new ArrayList<>(sums.values());
        out.sort(Comparator.comparingInt(UnitRank::points).reversed().thenComparing(UnitRank::unit));
        return out;
    }

    public String render(IncomingMessage m) {
        StringBuilder sb = new StringBuilder(m.group() ? "本群答题排行榜" : "答题排行榜");
        for (boolean week : new boolean[] {true, false}) {
            String period = week ? "本周" : "总榜";
            List<Scoreboard.Rank> people = people(m, week);
            sb.append("\n\n【").append(period).append("·个人】");
            if (people.isEmpty()) {
                sb.append("\n暂无积分，发送“答题”开始吧。");
            }
            for (int i = 0; i < Math.min(TOP, people.size()); i++) {
                Scoreboard.Rank r = people.get(i);
                sb.append('\n').append(i + 1).append(". ").append(r.userName().isBlank() ? r.userId() : r.userName())
                        .append("  ").append(r.points()).append(" 分");
            }
            List<UnitRank> byUnit = units(m, people);
            if (!byUnit.isEmpty()) {
                sb.append("\n【").append(period).append("·单位】");
                for (int i = 0; i < Math.min(TOP, byUnit.size()); i++) {
                    UnitRank u = byUnit.get(i);
                    sb.append('\n').append(i + 1).append(". ").append(u.unit()).append("  ").append(u.points())
                            .append(" 分（").append(u.people()).append(" 人）");
                }
            }
        }
        return sb.toString();
    }
}
