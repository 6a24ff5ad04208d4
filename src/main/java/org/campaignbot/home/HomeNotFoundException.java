package org.campaignbot.home;

import java.util.List;

/** No usable configuration: start-up stops here, and {@link HomeFailureAnalyzer} prints the places looked at. */
public class HomeNotFoundException extends RuntimeException {
    private final List<String> looked;

    public HomeNotFoundException(List<String> looked) {
        super("campaign-bot 无法启动：找不到配置文件 " + BotHome.CONFIG_FILE + "（已查找：" + String.join("；", looked) + "）");
        this.looked = looked;
    }

    public List<String> looked() {
        return looked;
    }
}
