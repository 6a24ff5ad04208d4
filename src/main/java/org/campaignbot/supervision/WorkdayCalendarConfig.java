package org.campaignbot.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaignbot.calendar.WorkdayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped holiday data (resource supervision/holidays-cn.txt) plus the user's file from bot.supervision.holidays-file. */
@Configuration
class WorkdayCalendarConfig {
    private static final Logger log = LoggerFactory.getLogger(WorkdayCalendarConfig.class);
    static final String SHIPPED = "supervision/holidays-cn.txt";

    @Bean
    WorkdayCalendar workdayCalendar(SupervisionProperties properties) {
        List<Map.Entry<String, List<String>>> sources = new ArrayList<>();
        sources.add(Map.entry(SHIPPED, shipped()));
        if (properties.holidaysFile() != null) {
            var file = properties.holidaysFile();
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("bot.supervision.holidays-file 指向的文件不存在：" + file.toAbsolutePath());
            }
            try {
                sources.add(Map.entry(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("无法读取 bot.supervision.holidays-file（" + file + "）：" + e.getMessage(), e);
            }
        }
        WorkdayCalendar calendar = WorkdayCalendar.parse(sources);
        log.info("工作日历：已载入 {} 年的节假日安排", calendar.years());
        if (!calendar.estimatedYears().isEmpty()) {
            log.warn("工作日历：{} 年的节假日安排是估计（国务院尚未发布），正式通知发布后请写入 bot.supervision.holidays-file",
                    calendar.estimatedYears());
        }
        return calendar;
    }

    static List<String> shipped() {
        try (InputStream in = WorkdayCalendarConfig.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
