package org.campaignbot.answer.rag;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;
import java.util.List;

/**
 * Puts the retrieved content into the user message as numbered references, "[1] 《title》section", which the system
 * prompt (config/prompts/answer-system.txt) tells the model to cite; the reply's citations are the numbers it uses.
 */
final class NumberedContentInjector implements ContentInjector {

    @Override
    public ChatMessage inject(List<Content> contents, ChatMessage chatMessage) {
        String question = ((UserMessage) chatMessage).singleText();
        StringBuilder sb = new StringBuilder("参考资料：\n");
        for (int i = 0; i < contents.size(); i++) {
            var segment = contents.get(i).textSegment();
            var meta = segment.metadata();
            sb.append('[').append(i + 1).append("] 《").append(meta.getString(PassageContentRetriever.SOURCE)).append('》')
                    .append(meta.getString(PassageContentRetriever.SECTION));
            if (meta.containsKey(FactsContentRetriever.FACTS)) {
                sb.append("（以下是从任务清单或文件提纲中整理的内容）");
            }
            sb.append('\n').append(segment.text()).append("\n\n");
        }
        return UserMessage.from(sb.append("问题：").append(question).toString());
    }
}
