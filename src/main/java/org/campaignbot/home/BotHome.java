package org.campaignbot.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the home folder that holds {@code config/}, {@code knowledge/}, {@code data/} and {@code logs/}.
 *
 * <p>In this order: {@code bot.home} (environment variable {@code BOT_HOME} or {@code --bot.home}); else the current
 * folder if it holds {@code config/application.yml}; else the folder of the installed bundle (the jar's folder or
 * its parent, since {@code bin/start.sh} runs an unpacked copy from {@code <home>/app/}). A service started from
 * the wrong folder must never run on an empty, throw-away setup, so when nothing fits, {@link #locate} says where it
 * looked instead of guessing.
 */
public final class BotHome {
    public static final String CONFIG_FILE = "config/application.yml";

    private BotHome() {
    }

    /**
     * @param explicit  the value of {@code bot.home}, or null
     * @param cwd       the current folder
     * @param jarFolder the folder of the running jar (or classes folder), or null when unknown
     */
    public static Result locate(String explicit, Path cwd, Path jarFolder) {
        List<String> looked = new ArrayList<>();
        if (explicit != null && !explicit.isBlank()) {
            Path home = cwd.resolve(explicit.strip()).toAbsolutePath().normalize();
            if (hasConfig(home)) {
                return Result.found(home, "环境变量 BOT_HOME / 启动参数 --bot.home");
            }
            looked.add("环境变量 BOT_HOME / 启动参数 --bot.home 指定的 " + home + "：" + missing(home));
            return Result.notFound(looked); // an explicit home that is wrong is a mistake to report, not to work around
        }
        looked.add("环境变量 BOT_HOME / 启动参数 --bot.home：未设置");
        Path here = cwd.toAbsolutePath().normalize();
        if (hasConfig(here)) {
            return Result.found(here, "当前目录");
        }
        looked.add("当前目录 " + here + "：" + missing(here));
        if (jarFolder != null) {
            for (Path candidate : new Path[] {jarFolder, jarFolder.getParent()}) {
                if (candidate == null || candidate.equals(here)) {
                    continue;
                }
                Path folder = candidate.toAbsolutePath().normalize();
                if (hasConfig(folder)) {
                    return Result.found(folder, "程序所在目录");
                }
                looked.add("程序所在目录 " + folder + "：" + missing(folder));
            }
        }
        return Result.notFound(looked);
    }

    static boolean hasConfig(Path folder) {
        return Files.isRegularFile(folder.resolve(CONFIG_FILE));
    }

    private static String missing(Path folder) {
        return Files.isDirectory(folder) ? "没有 " + CONFIG_FILE : "目录不存在";
    }

    /** The home found (with how), or the places looked at. */
    public record Result(Path home, String how, List<String> looked) {
        static Result found(Path home, String how) {
            return new Result(home, how, List.of());
        }

        static Result notFound(List<String> looked) {
            return new Result(null, null, List.copyOf(looked));
        }

        public boolean isFound() {
            return home != null;
        }
    }
}
