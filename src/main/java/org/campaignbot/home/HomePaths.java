package org.campaignbot.home;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs after the configuration files are read: every relative path setting becomes a path under the home folder,
 * so {@code knowledge: knowledge} means {@code <home>/knowledge} even when the service was started elsewhere.
 *
 * <p>The defaults repeat those of the settings' records on purpose: a setting left out of application.yml must
 * land in the home folder too, not in whatever folder the service happened to start in. A missing database URL
 * becomes the H2 file in {@code <home>/data/}: Spring Boot would otherwise create an in-memory database, and
 * everything recorded would vanish at the next restart.
 */
public class HomePaths implements EnvironmentPostProcessor, Ordered {
    static final String FOUND_BY = "bot.home-found-by";
    static final String SOURCE = "botHomePaths";
    /** Path settings and their defaults (null: no default, only resolved when set). */
    static final Map<String, String> PATHS = pathSettings();
    static final String DATASOURCE = "spring.datasource.url";
    static final String DEFAULT_DATABASE = "data/campaign-bot";

    private static Map<String, String> pathSettings() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("bot.knowledge.dir", "knowledge");
        paths.put("bot.knowledge.index-dir", "data/index");
        paths.put("bot.supervision.contacts-file", "config/contacts.yaml");
        paths.put("bot.supervision.holidays-file", null);
        paths.put("bot.llm.prompt-file", "config/prompts/answer-system.txt");
        paths.put("bot.backup.dir", "data/backup");
        paths.put("logging.file.path", "logs");
        paths.put("management.health.diskspace.path", "."); // health's free-space check: the disk the data is on
        return paths;
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path home = Path.of(environment.getRequiredProperty("bot.home"));
        Map<String, Object> resolved = new LinkedHashMap<>();
        PATHS.forEach((name, fallback) -> {
            String value = environment.getProperty(name, fallback == null ? "" : fallback);
            if (!value.isBlank()) {
                resolved.put(name, home.resolve(value.strip()).normalize().toString());
            }
        });
        resolved.put(DATASOURCE, databaseUrl(environment.getProperty(DATASOURCE), home));
        environment.getPropertySources().addAfter(HomeLocator.SOURCE, new MapPropertySource(SOURCE, resolved));
    }

    /** H2 file URLs with a relative path are anchored at the home; other URLs (PostgreSQL, tests' mem:) pass. */
    static String databaseUrl(String url, Path home) {
        if (url == null || url.isBlank()) {
            return "jdbc:h2:file:" + home.resolve(DEFAULT_DATABASE);
        }
        String prefix = url.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:" : url.startsWith("jdbc:h2:./") ? "jdbc:h2:" : null;
        if (prefix == null) {
            return url;
        }
        String rest = url.substring(prefix.length());
        int options = rest.indexOf(';');
        String file = options < 0 ? rest : rest.substring(0, options);
        if (file.startsWith("~") || Path.of(file).isAbsolute()) {
            return url;
        }
        return "jdbc:h2:file:" + home.resolve(file).normalize() + (options < 0 ? "" : rest.substring(options));
    }
}
