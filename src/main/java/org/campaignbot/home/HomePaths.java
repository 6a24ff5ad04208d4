package org.campaignbot.home;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.campaignbot.answer.rag.LlmProperties;
import org.campaignbot.backup.BackupProperties;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.supervision.SupervisionProperties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs after the configuration files are read: every relative path setting becomes a path under the home folder,
 * so {@code knowledge: knowledge} means {@code <home>/knowledge} even when the service was started elsewhere.
 *
 * <p>A setting left out of application.yml must land in the home folder too, not in whatever folder the service
 * happened to start in, so its default is resolved here as well: read from the settings' record, which holds the one
 * default (this runs before any settings are bound). A missing database URL
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
        paths.put("bot.knowledge.dir", defaultOf(KnowledgeProperties.class, "dir"));
        paths.put("bot.knowledge.index-dir", defaultOf(KnowledgeProperties.class, "indexDir"));
        paths.put("bot.supervision.contacts-file", defaultOf(SupervisionProperties.class, "contactsFile"));
        paths.put("bot.supervision.holidays-file", defaultOf(SupervisionProperties.class, "holidaysFile"));
        paths.put("bot.llm.prompt-file", defaultOf(LlmProperties.class, "promptFile"));
        paths.put("bot.backup.dir", defaultOf(BackupProperties.class, "dir"));
        paths.put("logging.file.path", "logs");
        paths.put("management.health.diskspace.path", "."); // health's free-space check: the disk the data is on
        return paths;
    }

    /** The {@code @DefaultValue} of a settings record's component, null when it has none. */
    static String defaultOf(Class<? extends Record> settings, String component) {
        RecordComponent[] components = settings.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(component)) {
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                try { // the annotation sits on the canonical constructor's parameter, in the components' order
                    DefaultValue value = settings.getDeclaredConstructor(types).getParameters()[i]
                            .getAnnotation(DefaultValue.class);
                    return value == null || value.value().length == 0 ? null : value.value()[0];
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e); // every record has its canonical constructor
                }
            }
        }
        throw new IllegalArgumentException(settings.getSimpleName() + " has no setting " + component);
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
