package org.campaignbot.home;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing home into Spring Boot's "APPLICATION FAILED TO START" report, in Chinese, without a stack trace. */
public class HomeFailureAnalyzer extends AbstractFailureAnalyzer<HomeNotFoundException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, HomeNotFoundException cause) {
        StringBuilder description = new StringBuilder("campaign-bot 无法启动：找不到配置文件 ")
                .append(BotHome.CONFIG_FILE).append("，不知道该用哪个目录存放数据。已查找：");
        for (String place : cause.looked()) {
            description.append("\n  - ").append(place);
        }
        String action = """
                请任选一种方式指定主目录（含 config/application.yml、knowledge/ 的目录）：
                  1. 进入主目录后再启动（cd /opt/campaign-bot && bin/start.sh）；
                  2. 设置环境变量 BOT_HOME=主目录；
                  3. 加启动参数 --bot.home=主目录。
                为避免数据丢失，程序不会改用临时的内存数据库启动。""";
        return new FailureAnalysis(description.toString(), action, cause);
    }
}
