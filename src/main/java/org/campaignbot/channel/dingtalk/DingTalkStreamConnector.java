package org.campaignbot.channel.dingtalk;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Stream mode: the official SDK opens a WebSocket to DingTalk with the app's key and secret and receives robot
 * messages over it, so the office needs no public address. Started with the application, stopped with it. If
 * DingTalk cannot be reached the SDK keeps reconnecting on its own; a refusal at start is shown in health.
 */
public class DingTalkStreamConnector implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DingTalkStreamConnector.class);
    private final DingTalkProperties properties;
    private final DingTalkStreamListener listener;
    private final DingTalkHealth health;
    private OpenDingTalkClient client;

    public DingTalkStreamConnector(DingTalkProperties properties, DingTalkStreamListener listener,
                                   DingTalkHealth health) {
        this.properties = properties;
        this.listener = listener;
        this.health = health;
    }

    /** The SDK client, built but not started; package-visible so a test can check the registration offline. */
    OpenDingTalkClient build() {
        return OpenDingTalkStreamClientBuilder.custom()
                .credential(new AuthClientCredential(properties.appKey(), properties.appSecret()))
                .registerCallbackListener(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, listener)
                .build();
    }

    @Override
    public synchronized void start() {
        try {
            OpenDingTalkClient started = build();
            started.start();
            client = started;
            log.info("钉钉 Stream 模式已启动（AppKey {}）", properties.appKey());
            health.ok("stream");
        } catch (Exception e) {
            health.problem("stream", "钉钉 Stream 连接启动失败：" + e.getMessage()
                    + "。请检查 bot.dingtalk.app-key / app-secret，以及应用的机器人是否选择了 Stream 模式");
        }
    }

    @Override
    public synchronized void stop() {
        if (client != null) {
            try {
                client.stop();
            } catch (Exception e) {
                log.debug("停止钉钉 Stream 客户端时出错", e);
            }
            client = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }
}
