package org.campaignbot.contacts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.outbox.OutboundTarget;

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

    /** A person and the units they belong to (as member or leader), in the order contacts.yaml lists them. */
    public record Member(Person person, Set<String> units) {
        public Member {
            units = Collections.unmodifiableSet(new LinkedHashSet<>(units));
        }

        /** The unit a person counts for where only one can be named (quiz rankings): the first one listed. */
        public String firstUnit() {
            return units.iterator().next();
        }
    }

    public static final Contacts EMPTY = new Contacts(List.of(), List.of());

    private final List<Unit> units;
    private final List<Group> groups;
    private final Map<String, Unit> unitsByName = new HashMap<>();
    private final Map<String, Member> byWecom = new HashMap<>();
    private final Map<String, Member> byDingtalk = new HashMap<>();
    private final Map<String, Member> byMobile = new HashMap<>();
    private final Map<String, Person> byName = new HashMap<>();
    /** Members by name, without names that two different people share. */
    private final Map<String, Member> byUniqueName = new HashMap<>();

    public Contacts(List<Unit> units, List<Group> groups) {
        this.units = List.copyOf(units);
        this.groups = List.copyOf(groups);
        Map<Person, Set<String>> unitsOf = new LinkedHashMap<>(); // file order, so merged units keep it too
        for (Unit unit : units) {
            unitsByName.put(unit.name(), unit);
            for (Person p : everyone(unit)) {
                unitsOf.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(unit.name());
            }
        }
        Set<String> sharedNames = new HashSet<>();
        unitsOf.forEach((person, names) -> {
            Member member = new Member(person, names);
            index(byWecom, person.wecom(), member);
            index(byDingtalk, person.dingtalk(), member);
            index(byMobile, person.mobile(), member);
            byName.putIfAbsent(person.name(), person);
            if (byUniqueName.putIfAbsent(person.name(), member) != null) {
                sharedNames.add(person.name());
            }
        });
        sharedNames.forEach(byUniqueName::remove);
    }

    private static void index(Map<String, Member> map, String key, Member member) {
        if (!key.isEmpty()) {
            map.merge(key, member, (a, b) -> {
                var names = new LinkedHashSet<>(a.units());
                names.addAll(b.units());
                return new Member(a.person(), names);
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
     * The contact behind a chat user, matched exactly: the id of the platform the message came from, or, when that
     * id is itself a mobile number (some companies use mobiles as WeCom accounts), the contact with that mobile. Only
     * platform ids count: a message from the local web page carries an id anyone can type, so it finds nobody.
     */
    public Optional<Member> find(String channel, String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        Map<String, Member> byId = switch (channel) {
            case "wecom" -> byWecom;
            case "dingtalk" -> byDingtalk;
            default -> Map.of();
        };
        if (byId.isEmpty()) {
            return Optional.empty();
        }
        Member member = byId.get(userId);
        if (member != null) {
            return Optional.of(member);
        }
        String mobile = ContactsLoader.mobile(userId);
        return mobile.isEmpty() ? Optional.empty() : Optional.ofNullable(byMobile.get(mobile));
    }

    /**
     * {@link #find}, and on a channel without platform ids (the local web page) by the name the user gave, when
     * exactly one contact has it. A typed name proves nothing, so this is for crediting quiz points to a unit, never
     * for anything a person may do (progress reports and 办结 use {@link #find}).
     */
    public Optional<Member> findByIdOrName(String channel, String userId, String userName) {
        if (channel.equals("wecom") || channel.equals("dingtalk")) {
            return find(channel, userId);
        }
        return userName == null ? Optional.empty() : Optional.ofNullable(byUniqueName.get(userName.strip()));
    }

    /** Someone by name, in any unit (for a 责任人 listed under another unit). */
    public Optional<Person> person(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Group> groupsCovering(String unit) {
        return groups.stream().filter(g -> g.covers(unit)).toList();
    }
}
