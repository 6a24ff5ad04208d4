package org.campaignbot.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bot.admin.*}: the office administrator's credentials for every {@code /api/admin/**} endpoint.
 *
 * @param password password of user {@code admin} for HTTP Basic; when unset or blank every admin endpoint answers
 *                 403 "管理接口未启用". Set it only through the environment ({@code BOT_ADMIN_PASSWORD}) or a file kept
 *                 out of git.
 */
@ConfigurationProperties("bot.admin")
public record AdminProperties(String password) {

    public AdminProperties {
        if (password != null && !password.isBlank() && password.strip().length() < 8) {
            throw new IllegalArgumentException("bot.admin.password 太短：管理员密码至少 8 个字符（建议 12 个以上，放在环境变量 BOT_ADMIN_PASSWORD 中）");
        }
    }

    public boolean enabled() {
        return password != null && !password.isBlank();
    }

    @Override
    public String toString() { // the record's own would print the password
        return "AdminProperties[password=" + (enabled() ? "***" : "none") + "]";
    }
}
