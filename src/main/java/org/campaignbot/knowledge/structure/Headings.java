package org.campaignbot.knowledge.structure;

import java.util.regex.Pattern;

/** Heading text without its numbering: what a question names when it asks about a part of a document. */
final class Headings {
    private static final String CN = "[一二三四五六七八九十百零]+";
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:" + CN + "、|第" + CN + "(?:部分|章|篇)|[(（]" + CN + "[)）]|第" + CN + "[,，、:：]?|第[\\d" + "一二三四五六七八九十百零" + "]+条|\\d{1,2}[.．、]|[(（]\\d{1,2}[)）]|" + CN + "要(?=[^。]{2,18}。))\\s*");
    private static final Pattern END = Pattern.compile("[。！？；!?;：:，,\\s]+$");

    private Headings() {
    }

    static String topic(String heading) {
        return END.matcher(NUMBER.matcher(heading.strip()).replaceFirst("")).replaceFirst("");
    }
}
