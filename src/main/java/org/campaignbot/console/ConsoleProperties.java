package org.campaignbot.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code bot.console.*}: the office console's own settings (who may log in is {@code bot.admin.*}).
 *
 * @param uploadMaxSize largest document the 知识库 page accepts
 */
@ConfigurationProperties("bot.console")
public record ConsoleProperties(@DefaultValue("20MB") DataSize uploadMaxSize) {

    public ConsoleProperties {
        if (uploadMaxSize.toBytes() < 1024 || uploadMaxSize.toMegabytes() > 60) {
            throw new IllegalArgumentException("bot.console.upload-max-size 应在 1KB 到 60MB 之间，当前为 " + uploadMaxSize);
        }
    }
}
