package org.campaignbot.answer.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * What a document says about itself rather than its subject, in the lines of its head and foot: where and when a
 * meeting was held, who chaired it and took the minutes, whom the document is sent to, its number and the day it was
 * issued ("会议地点：县委常委会议室", "记录人：李婷", "xx县委办〔2026〕12号", "2026年11月20日印发"). Cadres ask for them
 * ("纪要是谁记录的", "这个通知哪天印发的"); passage search finds the lines poorly, as they share few words with the
 * question. The line is quoted as written, from the document the question means.
 */
public final class DocumentMeta {
    /** What is asked for, and how the document's line holding it starts (or looks). */
    private enum Item {
        PLACE("在哪(?:儿|里)?(?:开|召开|举行)|(?:会议|开会)地点|哪里开的|在什么地方开", "(?:会议)?地点[：:]"),
        TIME("(?:什么时候|啥时候|哪天|几号|何时|哪一天)(?:开的|召开|开会|举行)|(?:开会|会议)时间", "(?:会议)?时间[：:]"),
        HOST("谁主持|主持人|主持的", "主持人?[：:]"),
        ATTENDING("谁参加|谁参会|哪些人参加|参会人员|参加人员|出席|哪些人参会", "(?:参会|参加|出席|列席)人员?[：:]"),
        RECORDER("谁记录|记录人|谁记的|谁做的记录", "记录人?[：:]"),
        // "这期简报都报送给哪些领导": a bulletin's foot lists whom it goes to in lines 报：… 送：… 发：…
        SENT_TO("分送|抄送|送给谁|发给谁|下发给|主送|发到哪|发给哪|送给了谁|给了谁|(?:简报|通知|纪要|文件|这期|本期|材料)"
                + "[^，。?？]{0,6}(?:报送给|报给|送给|发给|印发给|发到|报送了|报送哪|发送给)|(?:报送|发送|印发|分发)(?:范围|对象)",
                "(?:分送|抄送|主送|报|送|发)[：:]"),
        // "…的事要对接 找谁": the contact line, not whoever leads a task ("这事找谁负责" is a duty question)
        CONTACT("联系人|对接.{0,4}找谁|找谁对接|联系谁|跟谁联系|和谁联系|联系电话|(?:有问题|有事|不清楚的|不明白的)(?:该|要|可以)?找谁|"
                + "找谁咨询|咨询找谁|咨询电话", "联系人[：:]"),
        NUMBER("文号|发文字号|几号文|多少号文|字号", "[^\\s，。：:]{0,16}〔\\d{4}〕\\d+号$"),
        // the issuer and the day share one line: the 落款 at the foot, or a bulletin's head ("xx市行动办　　2027年3月15日")
        ISSUED("(?:哪天|什么时候|啥时候|几号|何时|哪一天|几月几号)(?:印发|发的|下发|出台|发布|印的|出的|编发)|印发(?:日期|时间)|成文日期|落款|"
                + "谁(?:编发|印发|编印|发布|出)的|哪个(?:单位|部门)(?:编发|印发|编印|发布|发)的|(?:发文|编发|印发)(?:单位|机关)",
                "(?:[^\\s，。：:]{2,40}\\s+)?\\d{4}年\\d{1,2}月\\d{1,2}日(?:印发)?$");

        final Pattern asked;
        final Pattern line;

        Item(String asked, String line) {
            this.asked = Pattern.compile(asked);
            this.line = Pattern.compile("^" + line);
        }
    }

    /** "局机关各科室、局属各单位：": the addressees, a short line ending with a colon before the body. */
    private static final Pattern ADDRESSEES = Pattern.compile("^[^：:。，]{2,40}[：:]$");
    /** A kind of document the question names ("那个纪要", "这个通知"): the document must be of that kind. */
    private static final Pattern KIND = Pattern.compile("纪要|通知|细则|方案|办法|意见|规定|简报");
    /** Title words that name no particular document. */
    private static final Set<String> GENERIC = Set.of("三抓", "抓三", "三促", "行动", "实施", "工作", "关于", "开展", "示例");

    private DocumentMeta() {
    }

    public static Optional<Reply> answer(String question, DocumentCatalog catalog, List<Passage> ranked) {
        String q = HalfWidth.of(question);
        Item item = null;
        for (Item i : Item.values()) {
            if (i.asked.matcher(q).find()) {
                item = i;
                break;
            }
        }
        if (item == null) {
            return Optional.empty();
        }
        DocumentFacts best = null;
        String bestLine = null;
        long bestNamed = -1;
        int bestRank = Integer.MAX_VALUE;
        for (DocumentFacts doc : catalog.documents()) {
            String line = find(doc, item);
            if (line == null) {
                continue;
            }
            if (!sameIssue(q, doc)) {
                continue; // "第4期简报是几号印发的" of the 5th issue: its date is not the 4th's
            }
            String title = HalfWidth.of(doc.title());
            Matcher kind = KIND.matcher(q);
            if (kind.find() && !title.contains(kind.group())) {
                continue;
            }
            long named = titleWords(RelevanceFloor.contentBigrams(q), title, GENERIC);
            int rank = rank(doc, ranked);
            boolean meant = named > 0 || kind.reset().find() || rank == 0;
            if (meant && (named > bestNamed || named == bestNamed && rank < bestRank)) {
                best = doc;
                bestLine = line;
                bestNamed = named;
                bestRank = rank;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder();
        for (String line : bestLine.split("\n")) {
            body.append("“").append(line).append("”[1]\n");
        }
        return Optional.of(Reply.withSources(body.toString(), List.of(new Citation(best.title(), "", bestLine))));
    }

    /** The document's line holding the item (the last one for the issue date, which closes the document), or null. */
    private static String find(DocumentFacts doc, Item item) {
        List<String> lines = lines(doc.outline());
        String found = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String folded = HalfWidth.of(line);
            if (item.line.matcher(folded).find()) {
                found = line;
                if (item == Item.SENT_TO) {
                    return withFollowing(lines, i, item);
                }
                if (item != Item.ISSUED) {
                    return found;
                }
            }
        }
        if (found == null && item == Item.SENT_TO) {
            // a notice names its addressees in the line before its body, not after a label
            for (String line : lines.subList(0, Math.min(lines.size(), 4))) {
                if (ADDRESSEES.matcher(HalfWidth.of(line.strip())).find()) {
                    return line.strip();
                }
            }
        }
        return found;
    }

    /** "第5期": the issue of a serial document (a bulletin) a question or a document names. */
    private static final Pattern ISSUE = Pattern.compile("第([0-9一二三四五六七八九十]{1,4})期");

    /** False when the question names an issue ("第4期") and the document is another issue of its series. */
    private static boolean sameIssue(String question, DocumentFacts doc) {
        Matcher asked = ISSUE.matcher(question);
        if (!asked.find()) {
            return true;
        }
        int wanted = ChineseNumerals.parse(asked.group(1));
        for (String line : lines(doc.outline())) {
            Matcher m = ISSUE.matcher(HalfWidth.of(line));
            if (m.find() && m.start() < 2) {
                return ChineseNumerals.parse(m.group(1)) == wanted; // the issue line of its head
            }
        }
        return true;
    }

    /** The line at {@code i} and the lines after it that hold the same item: 报：… 送：… 发：… are one list. */
    private static String withFollowing(List<String> lines, int i, Item item) {
        StringBuilder out = new StringBuilder(lines.get(i).strip());
        for (int j = i + 1; j < lines.size() && item.line.matcher(HalfWidth.of(lines.get(j).strip())).find(); j++) {
            out.append('\n').append(lines.get(j).strip());
        }
        return out.toString();
    }

    /** The document's lines in reading order: its headings (not its title) and the sentences under them. */
    static List<String> lines(Section outline) {
        List<String> out = new ArrayList<>();
        for (Section s : outline.flatten()) {
            if (s.level() > 0) {
                out.add(s.heading());
            }
            out.addAll(s.body());
        }
        return out;
    }

    /** How many of the question's two-character words, other than {@code generic} ones, the title holds. */
    static long titleWords(Set<String> questionGrams, String title, Set<String> generic) {
        return questionGrams.stream().filter(g -> g.length() == 2 && !generic.contains(g) && title.contains(g)).count();
    }

    /** Where the document's best passage ranks, or {@link Integer#MAX_VALUE} when none was found. */
    static int rank(DocumentFacts doc, List<Passage> ranked) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).chunk().path().equals(doc.path())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
