package org.campaignbot.security;

import java.io.Serializable;
import java.security.Principal;
import org.campaignbot.admin.AdminProperties;

/**
 * A signed-in account: the administrator or one of {@code bot.admin.users}.
 *
 * @param username    the login name
 * @param displayName the name shown in the console and the 操作记录 (the login name when none is configured)
 * @param role        管理员 or 只读
 */
public record ConsoleUser(String username, String displayName, AdminProperties.Role role) implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }

    public boolean canEdit() {
        return role == AdminProperties.Role.ADMIN;
    }

    /** How the 操作记录 names this account: {@code zhangsan（张三）}, or just the login name. */
    public String label() {
        return displayName.isBlank() || displayName.equals(username) ? username : username + "（" + displayName + "）";
    }
}
