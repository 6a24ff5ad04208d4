package org.campaignbot.admin;

import java.time.Duration;

/** An admin request without valid credentials, from a throttled address, or while the admin API is switched off. */
public class AdminAuthException extends RuntimeException {
    public static final String DISABLED =
            "管理接口未启用：请设置管理员密码 bot.admin.password（环境变量 BOT_ADMIN_PASSWORD）后重启服务";
    public static final String NEEDS_LOGIN = "需要管理员账号：请使用用户名 admin 和 bot.admin.password 中设置的密码登录";
    private final int status;
    private final Duration retryAfter;

    AdminAuthException(int status, String message) {
        this(status, message, null);
    }

    private AdminAuthException(int status, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    static AdminAuthException disabled() {
        return new AdminAuthException(403, DISABLED);
    }

    static AdminAuthException throttled(Duration retryAfter) {
        return new AdminAuthException(429, throttledMessage(retryAfter), retryAfter);
    }

    /** The refusal of a throttled address, the same words on every path. */
    public static String throttledMessage(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return "登录失败次数过多，该地址暂停登录，请约 " + minutes + " 分钟后再试";
    }

    /** 401 (missing or wrong credentials), 403 (admin API disabled) or 429 (too many failed logins). */
    public int status() {
        return status;
    }

    /** For 429: how long until the address may try again; otherwise null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
