package org.campaignbot.quiz.play;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignbot.quiz.QuizProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which unit a chat user belongs to, from {@code config/contacts.yaml} (the supervision feature's file: units with a
 * leader and members, each with wecom / dingtalk ids). Only what the ranking needs is read; the file is re-read when
 * it changes, and a missing or broken file just means no ranking by unit.
 */
@Component
public class UnitDirectory {
    private static final Logger log = LoggerFactory.getLogger(UnitDirectory.class);

    private final Path file;
    private volatile FileTime loadedAt;
    private volatile Map<String, String> unitByKey = Map.of();

    public UnitDirectory(QuizProperties props) {
        this.file = props.contactsFile();
    }

    /**
     * The unit of a user: matched by WeCom id on wecom, DingTalk staff id on dingtalk; on the local web channel by
     * either id or by name.
     */
    public Optional<String> unitOf(String channel, String userId, String userName) {
        Map<String, String> units = current();
        String unit = switch (channel) {
            case "wecom" -> units.get("wecom:" + userId);
            case "dingtalk" -> units.get("dingtalk:" + userId);
            default -> first(units.get("wecom:" + userId), units.get("dingtalk:" + userId), units.get("name:" + userName));
        };
        return Optional.ofNullable(unit);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private Map<String, String> current() {
        try {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(loadedAt)) {
                synchronized (this) {
                    unitByKey = load(file);
                    loadedAt = modified;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("无法读取 {}，排行榜暂不按单位统计：{}", file, e.getMessage());
        }
        return unitByKey;
    }

    static Map<String, String> load(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(root instanceof Map<?, ?> map) || !(map.get("units") instanceof List<?> units)) {
                return out;
            }
            for (Object u : units) {
                if (u instanceof Map<?, ?> unit && unit.get("name") != null) {
                    String name = unit.get("name").toString();
                    person(unit.get("leader"), name, out);
                    if (unit.get("members") instanceof List<?> members) {
                        members.forEach(member -> person(member, name, out));
                    }
                }
            }
        }
        return out;
    }

    private static void person(Object entry, String unit, Map<String, String> out) {
        if (entry instanceof Map<?, ?> p) {
            for (String key : List.of("wecom", "dingtalk", "name")) {
                if (p.get(key) != null) {
                    out.putIfAbsent(key + ":" + p.get(key), unit);
                }
            }
        }
    }
}
