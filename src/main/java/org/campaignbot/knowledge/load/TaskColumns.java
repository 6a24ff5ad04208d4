package org.campaignbot.knowledge.load;

import java.util.List;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * Where a task table's columns are, found from its header row. A table whose header names a task, a deadline and
 * someone responsible (a lead unit, a helping unit or a person) is a task table, and so is one whose task and deadline
 * columns carry the names task lists usually give them (工作内容 | 完成时限); other tables (contact lists, budgets,
 * agendas) are not.
 * It lives beside the loaders because the PDF reader needs it too: a PDF has no tables, only text at positions, and the
 * header row is what says where a task table is and where its columns run.
 *
 * <p>Header names vary from office to office (工作任务 / 整治事项 / 任务内容, 牵头单位 / 责任科室, 责任人 / 责任领导,
 * 完成时限 / 完成时间 / 时间节点), so a column is recognised by the words its name is made of, not by a fixed list of
 * names. The roles are tried in a fixed order, because some names hold words of two roles: 任务编号 is a number,
 * 配合单位 a helping unit, 责任领导 a person and 完成时间 a deadline, although they contain 任务, 单位, 责任 and
 * 完成. Only short cells count as names: a header names, a row's cell describes.
 *
 * @param no       the 序号 column, or -1 (and so for every optional column)
 * @param task     the task column
 * @param lead     the leading unit's column (牵头单位, 责任单位, 责任科室 …)
 * @param co       the helping units' column (配合单位, 协办部门 …)
 * @param owner    the responsible person's column (责任人, 负责人, 责任领导 …)
 * @param deadline the deadline column
 * @param note     the 备注 / 说明 column
 * @param others   the columns no role names (整改问题, 完成标志), in order
 */
public record TaskColumns(int no, int task, int lead, int co, int owner, int deadline, int note, List<Integer> others) {
    public TaskColumns {
        others = List.copyOf(others);
    }

    /** Columns with no others. */
    public TaskColumns(int no, int task, int lead, int co, int owner, int deadline, int note) {
        this(no, task, lead, co, owner, deadline, note, List.of());
    }

    /** The names task lists usually give their task and deadline columns. */
    private static final java.util.Set<String> USUAL_TASK = java.util.Set.of("任务", "工作任务", "重点任务", "工作内容",
            "任务内容", "具体任务", "主要任务", "任务名称", "工作事项", "任务事项", "工作措施", "具体措施");
    private static final java.util.Set<String> USUAL_DEADLINE = java.util.Set.of("完成时限", "时间节点", "完成时间",
            "时限要求", "时限", "完成期限", "办结时限", "时间要求", "完成时间节点");
    /** A header cell longer than this is text, not a column name. */
    private static final int LONGEST_NAME = 8;

    /** The roles a header cell can name, in the order they are tried. */
    private enum Role {
        NO("^(序号|编号|序|任务编号|项目编号|no\\.?)$"),
        NOTE("备注|说明"),
        CO("配合|协办|协同|协助|协作|参与"),
        OWNER("(责任|负责|联系|经办)人|领导"),
        LEAD("牵头|主责|主办|承办|(单位|部门|科室|处室|股室|机构)$"),
        DEADLINE("时限|时间|期限|节点|日期|截止"),
        TASK("任务|事项|内容|措施|工作|项目");

        private final Pattern words;

        Role(String words) {
            this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE);
        }

        static Role of(String name) {
            if (name.isEmpty() || name.length() > LONGEST_NAME) {
                return null;
            }
            for (Role role : values()) {
                if (role.words.matcher(name).find()) {
                    return role;
                }
            }
            return null;
        }
    }

    private static String name(List<String> header, int column) {
        return HalfWidth.of(header.get(column)).replaceAll("[\\s*:]", "");
    }

    /** The columns named by a header row, or null when it is not a task table's header. */
    public static TaskColumns of(List<String> header) {
        int[] at = new int[Role.values().length];
        java.util.Arrays.fill(at, -1);
        List<Integer> others = new java.util.ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Role role = Role.of(name(header, i));
            if (role != null && at[role.ordinal()] < 0) {
                at[role.ordinal()] = i;
            } else if (role == null && !name(header, i).isEmpty() && name(header, i).length() <= LONGEST_NAME) {
                others.add(i);
            }
        }
        if (at[Role.TASK.ordinal()] < 0 || at[Role.DEADLINE.ordinal()] < 0) {
            return null;
        }
        // what, by when, and who: an agenda (时间 | 议程内容 | 地点) names no one responsible. A table whose task and
        // deadline columns carry the usual names (工作内容 | 完成时限) is a task list even without one.
        boolean who = at[Role.LEAD.ordinal()] >= 0 || at[Role.OWNER.ordinal()] >= 0 || at[Role.CO.ordinal()] >= 0;
        boolean usualNames = USUAL_TASK.contains(name(header, at[Role.TASK.ordinal()]))
                && USUAL_DEADLINE.contains(name(header, at[Role.DEADLINE.ordinal()]));
        if (!who && !usualNames) {
            return null;
        }
        return new TaskColumns(at[Role.NO.ordinal()], at[Role.TASK.ordinal()], at[Role.LEAD.ordinal()],
                at[Role.CO.ordinal()], at[Role.OWNER.ordinal()], at[Role.DEADLINE.ordinal()], at[Role.NOTE.ordinal()],
                List.copyOf(others));
    }
}
