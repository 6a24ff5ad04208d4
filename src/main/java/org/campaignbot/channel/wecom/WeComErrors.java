package org.campaignbot.channel.wecom;

/** What a WeCom errcode means for the person who has to fix the settings, in their words. */
final class WeComErrors {
    private WeComErrors() {
    }

    static String explain(WeComApiException e) {
        String hint = switch (e.errcode) {
            case 93000 -> "webhook key 无效或机器人已被移出群，请在群设置 → 群机器人里复制新的 Webhook 地址，更新该机器人的 key 设置";
            case 40001 -> "应用 Secret 不正确，请检查 bot.wecom.secret";
            case 40013 -> "企业ID 不正确，请检查 bot.wecom.corp-id";
            case 40056, 301002 -> "应用 AgentId 不正确，请检查 bot.wecom.agent-id";
            case 60020 -> "本服务器的 IP 不在应用的“企业可信IP”中，请在应用详情页添加";
            case 48002 -> "应用没有调用此接口的权限";
            case 81013, 40003 -> "接收人不存在，或不在应用的可见范围内";
            default -> null;
        };
        return hint == null ? e.getMessage() : hint + "（" + e.getMessage() + "）";
    }
}
