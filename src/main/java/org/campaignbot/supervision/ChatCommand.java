package org.campaignbot.supervision;

import org.campaignbot.common.HalfWidth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A supervision command typed in chat, parsed forgivingly: full-width digits, letters, spaces and punctuation are
 * accepted, the space between word and number is optional (任务5 / 任务 5 / 任务５ / 任务#5 / 第5号任务 is not), and
 * trailing punctuation is ignored. Only whole messages match, so a question that merely mentions 任务 passes through.
 *
 * @param id      task number, 0 when the command has none
 * @param body    progress text as typed (original width and punctuation kept)
 * @param percent percentage found in the progress text, or null
 */
public record ChatCommand(Kind kind, long id, String body, Integer percent) {

    public enum Kind { MINE, SHOW, PROGRESS, CLOSE, OVERVIEW, OVERDUE, BULLETIN }

    private static final String NUMBER = "\\s*[#＃第]?\\s*(\\d{1,9})\\s*[号项]?";
    private static final Pattern MINE = Pattern.compile("(?:我的|本单位|我单位)(?:督办)?任务(?:清单)?");
    private static final Pattern SHOW = Pattern.compile("(?:查看|查询|查)?任务" + NUMBER);
    private static final Pattern PROGRESS = Pattern.compile("(?:报送|上报|汇报)?(?:进展|进度)" + NUMBER + "\\s*[:,、.]?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("(?:申请)?办结" + NUMBER);
    private static final Pattern OVERVIEW = Pattern.compile("督办台账|台账|督办情况|督办");
    private static final Pattern OVERDUE = Pattern.compile("逾期任务|逾期|逾期清单|逾期事项");
    private static final Pattern BULLETIN = Pattern.compile("督办通报|通报");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,4})(?:\\.\\d+)?\\s*%|百分之(\\d{1,4})");
    private static final Pattern TRAILING = Pattern.compile("[\\s。.!！?？~～]+$");

    /** Empty when the message is not a supervision command. */
    public static Optional<ChatCommand> parse(String text) {
        String original = TRAILING.matcher(text == null ? "" : text.strip()).replaceAll("");
        String s = HalfWidth.of(original); // same length as the original: one char for one char
        Matcher m;
        if (MINE.matcher(s).matches()) {
            return Optional.of(new ChatCommand(Kind.MINE, 0, "", null));
        }
        if ((m = SHOW.matcher(s)).matches()) {
            return Optional.of(new ChatCommand(Kind.SHOW, Long.parseLong(m.group(1)), "", null));
        }
        if ((m = PROGRESS.matcher(s)).matches()) {
            String body = (text.strip().length() > m.start(2) ? text.strip().substring(m.start(2)) : "").strip();
            return Optional.of(new ChatCommand(Kind.PROGRESS, Long.parseLong(m.group(1)), body, percent(m.group(2))));
        }
        if ((m = CLOSE.matcher(s)).matches()) {
            return Optional.of(new ChatCommand(Kind.CLOSE, Long.parseLong(m.group(1)), "", null));
        }
        if (OVERVIEW.matcher(s).matches()) {
            return Optional.of(new ChatCommand(Kind.OVERVIEW, 0, "", null));
        }
        if (OVERDUE.matcher(s).matches()) {
            return Optional.of(new ChatCommand(Kind.OVERDUE, 0, "", null));
        }
        if (BULLETIN.matcher(s).matches()) {
            return Optional.of(new ChatCommand(Kind.BULLETIN, 0, "", null));
        }
        return Optional.empty();
    }

    private static Integer percent(String body) {
        Matcher m = PERCENT.matcher(body);
        if (!m.find()) {
            return null;
        }
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
