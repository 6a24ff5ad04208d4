package org.campaignbot.home;

import java.nio.file.Path;
import java.util.Map;
import org.campaignbot.CampaignBotApplication;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs before the configuration files are read: finds the home folder ({@link BotHome}) and points Spring Boot's
 * config location at {@code <home>/config/}, so the service reads the same files whatever folder it was started
 * from. Without a home it stops with {@link HomeNotFoundException}.
 *
 * <p>Someone who sets {@code spring.config.location} themselves keeps it; the home is then {@code bot.home} or the
 * current folder.
 */
public class HomeLocator implements EnvironmentPostProcessor, Ordered {
    static final String SOURCE = "botHome";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String explicit = environment.getProperty("bot.home");
        Path cwd = Path.of("").toAbsolutePath();
        if (environment.containsProperty("spring.config.location")) {
            Path home = explicit == null || explicit.isBlank() ? cwd : cwd.resolve(explicit).normalize();
            publish(environment, home, "启动参数 spring.config.location", Map.of());
            return;
        }
        BotHome.Result result = BotHome.locate(explicit, cwd, jarFolder());
        if (!result.isFound()) {
            throw new HomeNotFoundException(result.looked());
        }
        String config = "file:" + result.home().resolve("config").toString().replace('\\', '/') + "/";
        publish(environment, result.home(), result.how(),
                Map.of("spring.config.location", "optional:classpath:/,optional:classpath:/config/," + config));
    }

    private static void publish(ConfigurableEnvironment environment, Path home, String how, Map<String, Object> more) {
        var values = new java.util.HashMap<String, Object>(more);
        values.put("bot.home", home.toString());
        values.put(HomePaths.FOUND_BY, how);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, values));
    }

    private static Path jarFolder() {
        try {
            var dir = new ApplicationHome(CampaignBotApplication.class).getDir();
            return dir == null ? null : dir.toPath();
        } catch (RuntimeException e) {
            return null; // an unusual class loader: the other two places still apply
        }
    }
}
