package org.campaignbot.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.admin.*}: who may use the office console ({@code /admin}) and the admin API ({@code /api/admin/**}).
 *
 * @param password          password of user {@code admin} (console login, HTTP Basic for scripts); when unset or
 *                          blank the console and every admin endpoint are off (403 "管理接口未启用"). Set it only
 *                          through the environment ({@code BOT_ADMIN_PASSWORD}) or a file kept out of git.
 * @param users             further accounts by user name, each with a BCrypt hash and a role (管理员 or 只读)
 * @param sessionTimeout    a console session ends after this long without a request
 * @param maxFailedLogins   failed logins from one address within {@code failedLoginWindow} after which that address
 *                          may not try again until the oldest of them has aged out of the window
 * @param failedLoginWindow see {@code maxFailedLogins}
 * @param actionRetention   how long the 操作记录 (admin actions in the database) are kept
 */
@ConfigurationProperties("bot.admin")
public record AdminProperties(String password, Map<String, User> users, Duration sessionTimeout, int maxFailedLogins,
                              Duration failedLoginWindow, Duration actionRetention) {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    /**
     * An extra console account.
     *
     * @param password BCrypt hash of the password ({@code $2a$10$…}, optionally prefixed {@code {bcrypt}}); made with
     *                 {@code java -jar campaign-bot.jar hash-password}; never the password itself
     * @param role     管理员 (everything) or 只读 (look, export, test search; no change)
     * @param name     display name for the console and the 操作记录, optional
     */
    public record User(String password, String role, String name) {
        public boolean readOnly() {
            return Role.of(role) == Role.VIEWER;
        }

        @Override
        public String toString() {
            return "User[role=" + role + ", name=" + name + ", password=***]";
        }
    }

    /** The two roles of the console. */
    public enum Role {
        ADMIN("管理员"), VIEWER("只读");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** 管理员 / admin, 只读 / readonly / viewer; null for anything else. */
        public static Role of(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "管理员", "admin", "administrator" -> ADMIN;
                case "只读", "readonly", "read-only", "viewer" -> VIEWER;
                default -> null;
            };
        }
    }

    @ConstructorBinding
    public AdminProperties(String password, @DefaultValue Map<String, User> users, @DefaultValue("30m") Duration sessionTimeout,
                           @DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration failedLoginWindow,
                           @DefaultValue("365d") Duration actionRetention) {
        if (password != null && !password.isBlank() && password.strip().length() < 8) {
            throw new IllegalArgumentException("bot.admin.password 太短：管理员密码至少 8 个字符（建议 12 个以上，放在环境变量 BOT_ADMIN_PASSWORD 中）");
        }
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("bot.admin.max-failed-logins 至少为 1，当前为 " + maxFailedLogins);
        }
        if (sessionTimeout.compareTo(Duration.ofMinutes(1)) < 0 || failedLoginWindow.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("bot.admin.session-timeout 至少 1 分钟，bot.admin.failed-login-window 至少 1 秒");
        }
        Map<String, User> checked = new LinkedHashMap<>();
        (users == null ? Map.<String, User>of() : users).forEach((name, user) -> checked.put(name, check(name, user)));
        this.password = password;
        this.users = Map.copyOf(checked);
        this.sessionTimeout = sessionTimeout;
        this.maxFailedLogins = maxFailedLogins;
        this.failedLoginWindow = failedLoginWindow;
        this.actionRetention = actionRetention;
    }

    /** Only the administrator's password, everything else at its default (tests, tools). */
    public AdminProperties(String password) {
        this(password, Map.of(), Defaults.VALUES.sessionTimeout, Defaults.VALUES.maxFailedLogins,
                Defaults.VALUES.failedLoginWindow, Defaults.VALUES.actionRetention);
    }

    /** The {@code @DefaultValue}s of the binding constructor, bound from nothing, so they are written only there. */
    private static final class Defaults {
        static final AdminProperties VALUES = new Binder().bindOrCreate("bot.admin", AdminProperties.class);
    }

    private static User check(String name, User user) {
        String setting = "bot.admin.users." + name;
        if (!USER_NAME.matcher(name).matches() || name.equals(AdminAuth.USER)) {
            throw new IllegalArgumentException(setting + "：用户名只能用小写字母、数字、横线和下划线（不超过 32 个字符），且不能是 admin");
        }
        if (user == null || Role.of(user.role()) == null) {
            throw new IllegalArgumentException(setting + ".role 应为“管理员”或“只读”");
        }
        String hash = stripPrefix(user.password());
        if (hash == null || !BCRYPT.matcher(hash).matches()) {
            throw new IllegalArgumentException(setting + ".password 应为 BCrypt 哈希（以 $2a$ 开头，60 个字符），不能写密码本身："
                    + "请用 java -jar campaign-bot.jar hash-password 生成");
        }
        return new User(hash, Role.of(user.role()).label(), user.name() == null ? "" : user.name().strip());
    }

    private static String stripPrefix(String hash) {
        return hash != null && hash.startsWith("{bcrypt}") ? hash.substring("{bcrypt}".length()) : hash;
    }

    public boolean enabled() {
        return password != null && !password.isBlank();
    }

    @Override
    public String toString() { // the record's own would print the password
        return "AdminProperties[password=" + (enabled() ? "***" : "none") + ", users=" + users.keySet()
                + ", sessionTimeout=" + sessionTimeout + ", maxFailedLogins=" + maxFailedLogins + "]";
    }
}
