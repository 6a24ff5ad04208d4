package org.campaignbot.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.channel.OutboundTarget;

/** The people in config/contacts.yaml: units with their leader and members, and the groups that get reminders. */
public final class Contacts {

    /** A person; any id may be empty. {@code mobile} is digits only. */
    public record Person(String name, String wecom, String dingtalk, String mobile) {

        /** The person's id on a platform ("wecom" or "dingtalk"), or "" when unknown. */
        public String idOn(String channel) {
            return switch (channel) {
                case "wecom" -> wecom;
                case "dingtalk" -> dingtalk;
                default -> "";
            };
        }
    }

    public record Unit(String name, Person leader, List<Person> members) {
        public Unit {
            members = List.copyOf(members);
        }
    }

    /**
     * @param wecomRobot    a robot name under bot.wecom.robots, or ""
     * @param dingtalkRobot a robot name under bot.dingtalk.robots, or ""
     * @param units         unit names whose reminders go here; empty with {@code allUnits}
     * @param bulletins     receives the periodic bulletin
     */
    public record Group(String name, String wecomRobot, String dingtalkRobot, Set<String> units, boolean allUnits,
                        boolean bulletins) {
        public boolean covers(String unit) {
            return allUnits || units.contains(unit);
        }

        /** The group's robots as push targets: one per platform it is on. */
        public List<OutboundTarget> robots() {
            List<OutboundTarget> targets = new ArrayList<>();
            if (!wecomRobot.isEmpty()) {
                targets.add(OutboundTarget.robot("wecom", wecomRobot));
            }
            if (!dingtalkRobot.isEmpty()) {
                targets.add(OutboundTarget.robot("dingtalk", dingtalkRobot));
            }
            return targets;
        }
    }

    /** A person and the units they belong to (as member or leader). */
    public record Member(Person person, Set<String> units) {
    }

    public static final Contacts EMPTY = new Contacts(List.of(), List.of());

    private final List<Unit> units;
    private final List<Group> groups;
    private final Map<String, Unit> unitsByName = new HashMap<>();
    private final Map<String, Member> byWecom = new HashMap<>();
    private final Map<String, Member> byDingtalk = new HashMap<>();
    private final Map<String, Member> byMobile = new HashMap<>();
    private final Map<String, Person> byName = new HashMap<>();

    public Contacts(List<Unit> units, List<Group> groups) {
        this.units = List.copyOf(units);
        this.groups = List.copyOf(groups);
        Map<Person, Set<String>> unitsOf = new HashMap<>();
        for (Unit unit : units) {
            unitsByName.put(unit.name(), unit);
            for (Person p : everyone(unit)) {
                unitsOf.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(unit.name());
            }
        }
        unitsOf.forEach((person, names) -> {
            Member member = new Member(person, Set.copyOf(names));
            index(byWecom, person.wecom(), member);
            index(byDingtalk, person.dingtalk(), member);
            index(byMobile, person.mobile(), member);
            byName.putIfAbsent(person.name(), person);
        });
    }

    private static void index(Map<String, Member> map, String key, Member member) {
        if (!key.isEmpty()) {
            map.merge(key, member, (a, b) -> {
                var names = new LinkedHashSet<>(a.units());
                names.addAll(b.units());
                return new Member(a.person(), Set.copyOf(names));
            });
        }
    }

    static List<Person> everyone(Unit unit) {
        List<Person> people = new ArrayList<>(unit.members());
        if (unit.leader() != null) {
            people.add(unit.leader());
        }
        return people;
    }

    public List<Unit> units() {
        return units;
    }

    public List<Group> groups() {
        return groups;
    }

    public Optional<Unit> unit(String name) {
        return Optional.ofNullable(unitsByName.get(name));
    }

    public boolean knows(String unitName) {
        return unitsByName.containsKey(unitName);
    }

    /**
     * The contact behind a chat user: by the id of the platform the message came from, else by mobile (the local
     * web channel has no platform id, and some users give their mobile number as their id).
     */
    public Optional<Member> find(String channel, String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        Member byId = switch (channel) {
            case "wecom" -> byWecom.get(userId);
            case "dingtalk" -> byDingtalk.get(userId);
            default -> byWecom.getOrDefault(userId, byDingtalk.get(userId));
        };
        return Optional.ofNullable(byId != null ? byId : byMobile.get(ContactsLoader.mobile(userId)));
    }

    /** Someone by name, in any unit (for a 责任人 listed under another unit). */
    public Optional<Person> person(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Group> groupsCovering(String unit) {
        return groups.stream().filter(g -> g.covers(unit)).toList();
    }
}
