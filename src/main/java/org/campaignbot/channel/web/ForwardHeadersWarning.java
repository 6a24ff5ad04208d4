package org.campaignbot.channel.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With {@code server.forward-headers-strategy} set, Spring or Tomcat replaces the client address with the one a proxy
 * (or anyone) wrote into {@code X-Forwarded-For} and removes the header, so "from this machine" can no longer be
 * told apart from "claims to be from this machine". The service still works, but the operator should know.
 */
@Component
class ForwardHeadersWarning {
    private static final Logger log = LoggerFactory.getLogger(ForwardHeadersWarning.class);
    private final Environment environment;

    ForwardHeadersWarning(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfSet() {
        String strategy = environment.getProperty("server.forward-headers-strategy", "");
        if (!strategy.isBlank() && !strategy.strip().equalsIgnoreCase("none")) {
            log.warn("已设置 server.forward-headers-strategy={}：客户端地址将取自代理转发头，本机聊天页与 /api/chat "
                    + "可能把经代理来的请求当作本机请求。请删除这项设置，只把 /wecom/ 和 /dingtalk/ 交给反向代理（见 README 安全一节）。",
                    strategy.strip());
        }
    }
}
