package org.campaignbot.answer;

import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.message.Reply;

/**
 * "容错纠错实施办法全文发我一下": a request for a whole document, which a chat reply cannot be. Answering it with the
 * passages that mention the document would look like the document's text; the honest reply says what the bot can do.
 */
final class FileRequest {
    private static final Pattern REQUEST = Pattern.compile(
            "(全文|原文|原件|文件|附件|电子版|word版|pdf版|文档)[^，,。？?]{0,6}(发我|发给我|发一下|发一份|发过来|传我|传一下|传给我|下载|打包)"
                    + "|(发我|发给我|发一份|传我|传给我|下载)[^，,。？?]{0,12}(全文|原文|原件|文件|附件|电子版|word版|pdf版|文档)",
            Pattern.CASE_INSENSITIVE);

    private FileRequest() {
    }

    static boolean is(String question) {
        return REQUEST.matcher(HalfWidth.of(question)).find();
    }

    /** No citations: like any decline, it is logged as 未找到答案, so the office sees what people looked for. */
    static Reply reply() {
        return Reply.text("我不能在聊天里发送文件全文，只能引用知识库文件中与问题有关的原文。\n"
                + "请直接问其中的具体内容，例如“容错纠错有哪些要求”；文件全文请向行动办索取。");
    }
}
