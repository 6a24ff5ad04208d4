package org.campaignbot.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HomePathsTest {
    private final Path home = Path.of("/srv/bot");

    @Test
    void aMissingUrlBecomesTheH2FileInTheHomeNeverAnInMemoryDatabase() {
        assertThat(HomePaths.databaseUrl(null, home)).isEqualTo("jdbc:h2:file:/srv/bot/data/campaign-bot");
        assertThat(HomePaths.databaseUrl(" ", home)).isEqualTo("jdbc:h2:file:/srv/bot/data/campaign-bot");
    }

    @Test
    void relativeH2FilesAreAnchoredAtTheHomeKeepingTheirOptions() {
        assertThat(HomePaths.databaseUrl("jdbc:h2:file:./data/campaign-bot", home))
                .isEqualTo("jdbc:h2:file:/srv/bot/data/campaign-bot");
        assertThat(HomePaths.databaseUrl("jdbc:h2:./db/x;AUTO_SERVER=TRUE", home))
                .isEqualTo("jdbc:h2:file:/srv/bot/db/x;AUTO_SERVER=TRUE");
    }

    @Test
    void otherUrlsPassUnchanged() {
        for (String url : new String[] {"jdbc:h2:file:/var/lib/bot/db", "jdbc:h2:file:~/db", "jdbc:h2:mem:t;DB_CLOSE_DELAY=-1",
                "jdbc:postgresql://db:5432/campaignbot"}) {
            assertThat(HomePaths.databaseUrl(url, home)).isEqualTo(url);
        }
    }
}
