package org.campaignbot.supervision;

import org.campaignbot.contacts.ContactDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contacts directory is shared (the quiz ranks by unit too) and lives in its own package, but the setting that
 * names its file is still {@code bot.supervision.contacts-file}: the bean is made here, where that setting is read.
 */
@Configuration
class ContactsConfig {
    @Bean
    ContactDirectory contactDirectory(SupervisionProperties properties) {
        return new ContactDirectory(properties.contactsFile());
    }
}
