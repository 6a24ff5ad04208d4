package org.campaignbot.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotHomeTest {
    @TempDir
    Path tmp;

    private Path home(String name) throws Exception {
        Path home = Files.createDirectories(tmp.resolve(name).resolve("config"));
        Files.writeString(home.resolve("application.yml"), "bot: {}\n");
        return home.getParent();
    }

    @Test
    void anExplicitHomeWinsOverTheCurrentFolder() throws Exception {
        Path explicit = home("explicit");
        Path cwd = home("cwd");
        var result = BotHome.locate(explicit.toString(), cwd, null);
        assertThat(result.home()).isEqualTo(explicit);
        assertThat(result.how()).contains("BOT_HOME");
    }

    @Test
    void anExplicitHomeWithoutConfigIsReportedNotWorkedAround() throws Exception {
        Path cwd = home("cwd");
        var result = BotHome.locate(tmp.resolve("nowhere").toString(), cwd, cwd);
        assertThat(result.isFound()).isFalse();
        assertThat(result.looked()).singleElement().asString().contains("nowhere", "目录不存在");
    }

    @Test
    void theCurrentFolderCountsOnlyWithItsConfig() throws Exception {
        Path cwd = home("cwd");
        assertThat(BotHome.locate(null, cwd, null).home()).isEqualTo(cwd);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(BotHome.locate("  ", empty, null).isFound()).isFalse();
    }

    @Test
    void theBundleIsFoundFromTheJarFolderOrItsParent() throws Exception {
        Path bundle = home("bundle");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        assertThat(BotHome.locate(null, elsewhere, bundle).home()).isEqualTo(bundle);
        // bin/start.sh runs an unpacked copy of the jar from <home>/app/
        Path app = Files.createDirectories(bundle.resolve("app"));
        var result = BotHome.locate(null, elsewhere, app);
        assertThat(result.home()).isEqualTo(bundle);
        assertThat(result.how()).isEqualTo("程序所在目录");
    }

    @Test
    void nothingFoundListsEveryPlaceLookedAt() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path jar = Files.createDirectories(tmp.resolve("opt/app"));
        var result = BotHome.locate(null, elsewhere, jar);
        assertThat(result.isFound()).isFalse();
        assertThat(result.looked()).hasSize(4);
        assertThat(String.join("\n", result.looked())).contains("未设置", elsewhere.toString(), jar.toString(),
                jar.getParent().toString(), "没有 config/application.yml");
    }
}
