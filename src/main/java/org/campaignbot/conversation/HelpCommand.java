package org.campaignbot.conversation;

import java.util.Optional;
import java.util.Set;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 帮助 / help: what the bot can do. Empty messages get the same text, since a bare @-mention usually means "what now?". */
@Component
@Order(0)
public class HelpCommand implements CommandHandler {
    private static final Set<String> WORDS = Set.of("帮助", "help", "?", "？", "菜单", "功能");

    static final String HELP = """
            我是“三抓三促”行动知识库助手，可以：
            1. 回答问题：直接提问，如“三抓三促是哪三项行动？”“抓执行促落实有哪些要求？”，我会引用讲话和方案原文并注明出处。
            2. 督办提醒：发送“我的任务”“任务 5”“进展 5 已完成调研”“办结 5”“督办台账”“逾期任务”。
            3. 学习答题：发送“答题”或“每日一练”开始 5 道题，“挑战答题”连续答题，“我的积分”“排行榜”“错题本”。
            发送“帮助”可再次看到本说明。""";

    @Override
    public Optional<Reply> handle(IncomingMessage message) {
        String text = message.text().toLowerCase();
        if (text.isEmpty() || WORDS.contains(text)) {
            return Optional.of(Reply.text(HELP));
        }
        return Optional.empty();
    }
}
