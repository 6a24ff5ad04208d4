package org.campaignbot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.campaignbot.knowledge.load.KnowledgeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Notices files added, changed or removed under the knowledge folder while running. It polls names, sizes and
 * modification times (cheap), and only then asks for a sync (which hashes contents). Polling rather than a
 * WatchService because the folder is often a network share or a synced folder where change events are unreliable.
 */
@Component
public class KnowledgeWatcher implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    private final KnowledgeSync knowledge;
    private final KnowledgeProperties props;
    private List<String> lastSeen;

    public KnowledgeWatcher(KnowledgeSync knowledge, KnowledgeProperties props) {
        this.knowledge = knowledge;
        this.props = props;
        this.lastSeen = fingerprint(); // the start-up sync has just indexed this state
    }

    /** Every {@code bot.knowledge.watch-interval}, read from the bound settings: their record holds the one default. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::poll, props.watchInterval(), props.watchInterval()));
    }

    public void poll() {
        if (!props.watch()) {
            return;
        }
        try {
            List<String> now = fingerprint();
            if (!now.equals(lastSeen)) {
                knowledge.sync();
            }
            lastSeen = now;
        } catch (RuntimeException e) {
            log.warn("检查知识库目录变化失败，稍后重试：{}", e.getMessage());
        }
    }

    /** Documents by name, size and time; unsupported files by name, so that health lists a new one at once. */
    private List<String> fingerprint() {
        KnowledgeFiles.Listing listing = KnowledgeFiles.scan(props.dir());
        List<String> print = new java.util.ArrayList<>(listing.documents().stream().map(e -> {
            try {
                return e.relativePath() + "|" + Files.size(e.file()) + "|" + Files.getLastModifiedTime(e.file()).toMillis();
            } catch (IOException gone) {
                return e.relativePath() + "|gone";
            }
        }).toList());
        print.addAll(listing.unsupported().keySet());
        return print;
    }
}
