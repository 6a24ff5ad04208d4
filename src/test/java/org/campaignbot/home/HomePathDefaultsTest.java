package org.campaignbot.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campaignbot.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.Test;

/** The home folder's path defaults are read from the settings' records, not written a second time. */
class HomePathDefaultsTest {

    @Test
    void pathDefaultsComeFromTheRecords() {
        assertThat(HomePaths.PATHS).containsEntry("bot.knowledge.dir", "knowledge")
                .containsEntry("bot.knowledge.index-dir", "data/index")
                .containsEntry("bot.supervision.contacts-file", "config/contacts.yaml")
                .containsEntry("bot.supervision.holidays-file", null)
                .containsEntry("bot.llm.prompt-file", "config/prompts/answer-system.txt")
                .containsEntry("bot.backup.dir", "data/backup");
    }

    @Test
    void aMisspeltComponentFailsAtOnce() {
        assertThatThrownBy(() -> HomePaths.defaultOf(KnowledgeProperties.class, "indexDirectory"))
                .hasMessageContaining("indexDirectory");
    }
}
