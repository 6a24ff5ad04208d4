package org.campaignbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build writes {@code META-INF/spring-configuration-metadata.json} from the {@code @ConfigurationProperties}
 * records (spring-boot-configuration-processor), so IDEs complete and explain {@code bot.*} settings. The records hold
 * each default ({@code @DefaultValue}); {@code config/application.yml} documents it and must show the same value.
 */
class ConfigurationMetadataTest {

    /** Our own metadata file: the one on the class path that describes {@code bot.*} settings. */
    static Map<String, JsonNode> botSettings() throws Exception {
        for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                Map<String, JsonNode> settings = new LinkedHashMap<>();
                JsonMapper.builder().build().readTree(in).get("properties").forEach(p -> {
                    if (p.get("name").asString().startsWith("bot.")) {
                        settings.put(p.get("name").asString(), p);
                    }
                });
                if (!settings.isEmpty()) {
                    return settings;
                }
            }
        }
        throw new AssertionError("no META-INF/spring-configuration-metadata.json with bot.* settings on the class path");
    }

    @Test
    void knownSettingsAreDescribedWithTheirTypeAndDefault() throws Exception {
        Map<String, JsonNode> settings = botSettings();
        assertThat(settings.get("bot.knowledge.top-k").get("description").asString()).contains("passages");
        assertThat(settings.get("bot.knowledge.top-k").get("defaultValue").asInt()).isEqualTo(8);
        assertThat(settings.get("bot.admin.password").get("description").asString()).contains("BOT_ADMIN_PASSWORD");
        assertThat(settings.get("bot.inbound.answer-queue").get("type").asString()).isEqualTo("java.lang.Integer");
        assertThat(settings.get("bot.inbound.answer-queue").get("defaultValue").asInt()).isEqualTo(2000);
        assertThat(settings.get("bot.dingtalk.stream.heartbeat-interval").get("defaultValue").asString()).isEqualTo("60s");
    }

    @Test
    void everyBotSettingHasADescription() throws Exception {
        botSettings().forEach((name, p) -> assertThat(p.has("description") && !p.get("description").asString().isBlank())
                .as(name + " has no Javadoc @param on its record component").isTrue());
    }

    /** A value in the shipped yml that differs from the record's default would mean the default lives in two places. */
    @Test
    void theShippedConfigurationShowsTheRecordsDefaults() throws Exception {
        Map<String, JsonNode> settings = botSettings();
        Map<String, Object> yml;
        try (InputStream in = Files.newInputStream(Path.of("config/application.yml"))) {
            yml = new Yaml().load(in);
        }
        Map<String, String> shipped = new LinkedHashMap<>();
        flatten("", yml, shipped);
        int compared = 0;
        for (var entry : shipped.entrySet()) {
            JsonNode setting = settings.get(entry.getKey());
            if (setting == null || !setting.has("defaultValue") || entry.getValue().contains("${")) {
                continue; // not a bot.* setting, a setting without a default, or one taken from the environment
            }
            assertThat(normalise(entry.getValue())).as(entry.getKey() + " in config/application.yml vs its record")
                    .isEqualTo(normalise(setting.get("defaultValue").toString()));
            compared++;
        }
        assertThat(compared).as("settings compared").isGreaterThan(50);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, out));
        } else if (value != null) {
            out.put(prefix, value.toString());
        }
    }

    /** {@code 7,3,1} and {@code [7, 3, 1]}, {@code "09:00"} and {@code 09:00} are the same value. */
    private static String normalise(String value) {
        return value.replaceAll("[\\[\\]\"\\s]", "");
    }
}
