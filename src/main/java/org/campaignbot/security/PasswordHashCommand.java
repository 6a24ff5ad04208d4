package org.campaignbot.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar campaign-bot.jar hash-password}: asks for a password (twice, not shown) and prints its BCrypt hash
 * for {@code bot.admin.users.<name>.password}. Without a terminal it reads one line from standard input. No service
 * is started.
 */
public final class PasswordHashCommand {
    public static final String NAME = "hash-password";

    private PasswordHashCommand() {
    }

    /** Returns the process exit code. */
    public static int run(PrintStream out) throws IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] first = console.readPassword("请输入新账号的密码（至少 8 个字符，输入时不显示）：");
            char[] second = console.readPassword("请再输入一次：");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                out.println("两次输入的密码不一致，未生成。");
                return 1;
            }
            password = new String(first);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.strip().length() < 8) {
            out.println("密码至少 8 个字符，未生成。");
            return 1;
        }
        out.println(new BCryptPasswordEncoder().encode(password));
        out.println("把上面一行写到 config/application.yml 的 bot.admin.users.<用户名>.password（加引号），并设置 role: 管理员 或 只读。");
        return 0;
    }
}
