package org.campaignbot.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignbot.common.HalfWidth;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses contacts.yaml. Every plain value is read as text: YAML would otherwise turn a DingTalk id "0123" into the
 * octal number 83 and a mobile into a number. Errors name the entry, so office staff can find the line.
 */
final class ContactsLoader {
    private ContactsLoader() {
    }

    static Contacts parse(String yaml) {
        Object root;
        try {
            var options = new LoaderOptions();
            var textOnly = new Resolver() {
                @Override
                protected void addImplicitResolvers() {
                    // no implicit types: numbers, booleans and dates all stay strings
                }
            };
            root = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                    options, textOnly).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("YAML 格式错误：" + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null) {
            return Contacts.EMPTY;
        }
        Map<?, ?> map = asMap(root, "文件");
        List<Contacts.Unit> units = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Object u : asList(map.get("units"), "units")) {
            Map<?, ?> unit = asMap(u, "units 下的单位");
            String name = text(unit.get("name"));
            if (name.isEmpty()) {
                throw new IllegalArgumentException("units 下有一个单位没有 name（单位名称）");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("单位“" + name + "”重复出现");
            }
            Contacts.Person leader = unit.get("leader") == null ? null : person(unit.get("leader"), name + " 的 leader");
            List<Contacts.Person> members = new ArrayList<>();
            for (Object m : asList(unit.get("members"), name + " 的 members")) {
                members.add(person(m, name + " 的 members"));
            }
            units.add(new Contacts.Unit(name, leader, members));
        }
        List<Contacts.Group> groups = new ArrayList<>();
        for (Object g : asList(map.get("groups"), "groups")) {
            groups.add(group(asMap(g, "groups 下的群"), names));
        }
        return new Contacts(units, groups);
    }

    private static Contacts.Group group(Map<?, ?> g, Set<String> unitNames) {
        String name = text(g.get("name"));
        String where = "群“" + name + "”";
        String wecom = text(g.get("wecom-robot"));
        String dingtalk = text(g.get("dingtalk-robot"));
        if (wecom.isEmpty() && dingtalk.isEmpty()) {
            throw new IllegalArgumentException(where + "需要 wecom-robot 或 dingtalk-robot（bot.wecom.robots / bot.dingtalk.robots 下的机器人名称）");
        }
        Object unitsValue = g.get("units");
        boolean all = "*".equals(text(unitsValue)) || (unitsValue instanceof List<?> l && l.stream().anyMatch("*"::equals));
        Set<String> units = new LinkedHashSet<>();
        if (!all) {
            for (Object u : asList(unitsValue, where + "的 units")) {
                units.add(text(u));
            }
        }
        return new Contacts.Group(name, wecom, dingtalk, units, all, yes(g.get("bulletins"), where + "的 bulletins"));
    }

    private static Contacts.Person person(Object value, String where) {
        Map<?, ?> p = asMap(value, where);
        String name = text(p.get("name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + " 中有一人没有 name（姓名）");
        }
        String rawMobile = text(p.get("mobile"));
        String mobile = mobile(rawMobile);
        if (!rawMobile.isEmpty() && mobile.isEmpty()) {
            throw new IllegalArgumentException(where + " 中“" + name + "”的 mobile 不是手机号：“" + rawMobile
                    + "”（只能有数字、空格、横线和 +86 前缀）");
        }
        return new Contacts.Person(name, text(p.get("wecom")), text(p.get("dingtalk")), mobile);
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-().]");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{5,15}");

    /**
     * A mobile number compared whole: separators (spaces, hyphens, brackets, dots, full-width forms too) and a +86
     * prefix are removed, nothing else. Anything that is not then all digits is not a mobile and gives "", so a
     * platform id such as "zhang13800001002" is never read as the number inside it.
     */
    static String mobile(String raw) {
        String s = SEPARATORS.matcher(HalfWidth.of(raw == null ? "" : raw)).replaceAll("");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        }
        return DIGITS.matcher(s).matches() ? s : "";
    }

    private static boolean yes(Object value, String where) {
        String t = text(value).toLowerCase();
        return switch (t) {
            case "", "false", "no", "否", "off" -> false;
            case "true", "yes", "是", "on" -> true;
            default -> throw new IllegalArgumentException(where + " 应为 true 或 false，当前为“" + t + "”");
        };
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : value == null ? "" : value.toString().strip();
    }

    private static Map<?, ?> asMap(Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(where + " 应为“键: 值”的格式，例如 { name: 张三, wecom: zhangsan }");
    }

    private static List<?> asList(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(where + " 应为列表（每项以“- ”开头，或写成 [a, b]）");
    }
}
