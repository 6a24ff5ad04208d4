package org.campaignbot.home;

import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs, first thing, the version, the home folder, how it was found and every path the service will use: the
 * answer to "which files is it really reading?" when a service was installed by someone else.
 */
@Component
public class HomeReport {
    private static final Logger log = LoggerFactory.getLogger(HomeReport.class);
    private final Environment environment;
    private final ObjectProvider<BuildProperties> build;

    public HomeReport(Environment environment, ObjectProvider<BuildProperties> build) {
        this.environment = environment;
        this.build = build;
    }

    @PostConstruct
    void report() {
        BuildProperties info = build.getIfAvailable();
        log.info("campaign-bot 版本 {}，主目录 {}（由{}确定）", info == null ? "开发版" : info.getVersion(),
                environment.getProperty("bot.home"), environment.getProperty(HomePaths.FOUND_BY));
        log.info("配置文件：{}；数据库：{}", environment.getProperty("bot.home") + "/" + BotHome.CONFIG_FILE,
                withoutOptions(environment.getProperty(HomePaths.DATASOURCE)));
        StringBuilder paths = new StringBuilder();
        HomePaths.PATHS.keySet().forEach(name -> {
            String value = environment.getProperty(name);
            if (value != null) {
                paths.append(paths.isEmpty() ? "" : "；").append(name).append(" = ").append(value);
            }
        });
        log.info("使用的目录和文件：{}", paths);
    }

    /** Drops URL options and parameters, where a PostgreSQL password could be written. */
    static String withoutOptions(String url) {
        if (url == null) {
            return "";
        }
        int cut = url.length();
        for (char c : new char[] {';', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }
}
