package org.campaignbot.contacts;

import java.io.IOException;
import java.nio.file.Files;
import org.campaignbot.knowledge.load.TextDecoder;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current contacts, re-read when config/contacts.yaml changes. A broken file stops start-up (the message names
 * the file and the entry); a file broken while running is reported and the last good contacts stay in use.
 * The bean is made by supervision's {@code ContactsConfig}, which owns the setting that names the file.
 */
public class ContactDirectory {
    private static final Logger log = LoggerFactory.getLogger(ContactDirectory.class);
    private final Path file;
    private volatile Contacts contacts;
    private volatile String loadedVersion;

    public ContactDirectory(Path file) {
        this.file = file;
        try {
            load();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("通讯录文件 " + file + "（bot.supervision.contacts-file）有误：" + e.getMessage(), e);
        }
    }

    public Contacts current() {
        return contacts;
    }

    /** Called on the supervision schedule; cheap when nothing changed. */
    public void reloadIfChanged() {
        if (Objects.equals(version(), loadedVersion)) {
            return;
        }
        try {
            load();
            log.info("通讯录已重新载入：{} 个单位，{} 个群", contacts.units().size(), contacts.groups().size());
        } catch (IllegalArgumentException e) {
            loadedVersion = version(); // report once per change, not on every check
            log.error("通讯录文件 {} 有误，继续使用上一次的内容：{}", file, e.getMessage());
        }
    }

    private void load() {
        String version = version();
        if (version == null) {
            log.warn("通讯录文件 {} 不存在（bot.supervision.contacts-file）：督办提醒将无人可提醒，请参照 docs/督办.md 创建", file.toAbsolutePath());
            contacts = Contacts.EMPTY;
        } else {
            try {
                // offices save it from Notepad or WPS: UTF-8, GBK/GB18030 or UTF-16, as the knowledge files
                contacts = ContactsLoader.parse(TextDecoder.decode(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new IllegalArgumentException("无法读取：" + e.getMessage(), e);
            }
        }
        loadedVersion = version;
    }

    /** Modification time and size: either changes when the file is edited, even twice within a second. */
    private String version() {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) + ":" + Files.size(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
