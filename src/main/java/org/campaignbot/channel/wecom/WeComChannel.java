package org.campaignbot.channel.wecom;

import java.util.List;
import org.campaignbot.channel.Channel;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The "wecom" push channel under the outbox. Targets:
 * <ul>
 *   <li>{@code user}: a member's userid, through the app's message/send (needs secret and agent-id);</li>
 *   <li>{@code robot}: a group robot by its name in {@code bot.wecom.robots}, at most 20 messages a minute;</li>
 *   <li>{@code chat}: an intelligent-robot chat (group chatid, or the userid of a single chat), through the newest
 *       unused response_url of that chat, so only within an hour after someone there asked the robot.</li>
 * </ul>
 * Text longer than a platform's byte limit goes out as several messages. If a later part fails, the outbox retries
 * and sending resumes at that part; the resume point is in the database ({@link ResumePoints}), so it survives a
 * restart. A part whose send succeeded at WeCom but whose answer was lost may still be sent twice.
 */
@Component("wecom")
@Conditional(WeComConditions.Enabled.class)
public class WeComChannel implements Channel {
    private static final String APP = "应用消息";

    private final ObjectProvider<AppMessageClient> app;
    private final RobotClient robots;
    private final ObjectProvider<AiBotChatUrls> chatUrls;
    private final ObjectProvider<ResponseUrlClient> responseUrls;
    private final WeComHealth health;
    private final ResumePoints resume;

    WeComChannel(ObjectProvider<AppMessageClient> app, RobotClient robots, ObjectProvider<AiBotChatUrls> chatUrls,
                 ObjectProvider<ResponseUrlClient> responseUrls, WeComHealth health, ResumePoints resume) {
        this.resume = resume;
        this.app = app;
        this.robots = robots;
        this.chatUrls = chatUrls;
        this.responseUrls = responseUrls;
        this.health = health;
    }

    @Override
    public String name() {
        return "wecom";
    }

    @Override
    public void send(OutboundTarget target, OutboundMessage message) throws DeliveryException {
        switch (target.kind()) {
            case USER -> toUser(target, message);
            case ROBOT -> toRobot(target, message);
            case CHAT -> toChat(target, message);
            default -> throw DeliveryException.configuration("企业微信不支持推送目标类型“" + target.kind().value() + "”");
        }
    }

    private void toUser(OutboundTarget target, OutboundMessage message) throws DeliveryException {
        AppMessageClient client = app.getIfAvailable();
        if (client == null) {
            throw configuration(APP, "未配置自建应用（bot.wecom.corp-id、secret、agent-id），无法发消息给个人");
        }
        List<String> parts = Utf8Splitter.split(message.text(), AppReplyService.MAX_BYTES);
        sendParts(target, message, parts, APP, (i, part) -> client.send(target.id(), part, message.markdown()));
    }

    private void toRobot(OutboundTarget target, OutboundMessage message) throws DeliveryException {
        String source = "群机器人 " + target.id();
        if (!robots.knows(target.id())) {
            throw configuration(source, "未配置 bot.wecom.robots." + target.id() + ".key");
        }
        List<String> parts = message.markdown()
                ? Utf8Splitter.split(ReplyRenderer.markdownWithMentions(message), RobotClient.MARKDOWN_BYTES)
                : Utf8Splitter.split(message.text(), RobotClient.TEXT_BYTES);
        sendParts(target, message, parts, source, (i, part) -> {
            robots.acquireSlot(target.id());
            robots.send(target.id(), part, message, i == 0);
        });
    }

    private void toChat(OutboundTarget target, OutboundMessage message) throws DeliveryException {
        AiBotChatUrls urls = chatUrls.getIfAvailable();
        ResponseUrlClient client = responseUrls.getIfAvailable();
        if (urls == null || client == null) {
            throw configuration("智能机器人", "未配置智能机器人（bot.wecom.aibot.token、encoding-aes-key），无法推送到智能机器人会话");
        }
        List<String> parts = Utf8Splitter.split(message.text(), ResponseUrlClient.MAX_BYTES);
        sendParts(target, message, parts, "智能机器人", (i, part) -> {
            String url = urls.take(target.id()).orElseThrow(() -> DeliveryException.configuration(
                    "会话 " + target.id() + " 最近一小时内没有人向智能机器人提问，暂时无法推送；消息保留在发件箱中，"
                            + "有人提问后自动发出。定时提醒建议改用群机器人（bot.wecom.robots）"));
            client.postMarkdown(url, part);
        });
    }

    @FunctionalInterface
    private interface PartSender {
        void send(int index, String part) throws WeComApiException, DeliveryException;
    }

    private void sendParts(OutboundTarget target, OutboundMessage message, List<String> parts, String source,
                           PartSender sender) throws DeliveryException {
        // one part: nothing to resume, so neither the key (a SHA-1 of the whole text) nor a query
        String progressKey = parts.size() > 1 ? ResumePoints.key(target, message) : null;
        int from = progressKey != null ? resume.next(progressKey) : 0;
        for (int i = from; i < parts.size(); i++) {
            try {
                sender.send(i, parts.get(i));
            } catch (WeComApiException e) {
                throw classify(source, e);
            }
            if (i + 1 < parts.size()) {
                resume.save(progressKey, i + 1); // before the next part: a crash from here on resumes after this one
            }
        }
        if (progressKey != null) {
            resume.done(progressKey);
        }
        health.ok(source);
    }

    private DeliveryException classify(String source, WeComApiException e) {
        if (e.isTransient()) {
            return DeliveryException.transientFailure("企业微信" + source + "暂时不可用（" + e.getMessage() + "），稍后重试");
        }
        return configuration(source, WeComErrors.explain(e));
    }

    private DeliveryException configuration(String source, String problem) {
        health.problem(source, problem);
        return DeliveryException.configuration("企业微信" + source + "：" + problem);
    }
}
