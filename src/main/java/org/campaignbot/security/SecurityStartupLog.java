package org.campaignbot.security;

import org.campaignbot.admin.AdminProperties;
import org.campaignbot.admin.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up whether the console and the admin API are on, where, and for which accounts. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityStartupLog {
    private static final Logger log = LoggerFactory.getLogger(SecurityStartupLog.class);
    private final AdminProperties properties;
    private final Accounts accounts;
    private final Environment environment;

    SecurityStartupLog(AdminProperties properties, Accounts accounts, Environment environment) {
        this.properties = properties;
        this.accounts = accounts;
        this.environment = environment;
    }

    /** admin（管理员）、zhangsan（只读） */
    private String accounts() {
        var out = new StringBuilder();
        accounts.describe().forEach((name, role) -> out.append(out.isEmpty() ? "" : "、").append(name).append("（").append(role).append("）"));
        return out.toString();
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!properties.enabled()) {
            log.warn("行动办工作台 /admin 和管理接口 /api/admin 已关闭：未设置管理员密码 bot.admin.password"
                    + "（环境变量 BOT_ADMIN_PASSWORD，至少 8 个字符），设置后重启即可使用");
            return;
        }
        log.info("行动办工作台：http://localhost:{}/admin（账号 {}；登录超时 {}，同一地址 {}内登录失败 {} 次后暂停登录）",
                environment.getProperty("local.server.port", "8080"), accounts(), LoginThrottle.text(properties.sessionTimeout()),
                LoginThrottle.text(properties.failedLoginWindow()), properties.maxFailedLogins());
    }
}
