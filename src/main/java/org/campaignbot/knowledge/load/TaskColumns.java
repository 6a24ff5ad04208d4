package org.campaignbot.knowledge.load;

import java.util.List;
import java.util.Set;
import org.campaignbot.common.HalfWidth;

/**
 * Where a task table's columns are, found from its header row. Any table whose header names a task column and a
 * deadline column is a task table (other columns are optional); tables without both (contact lists, budgets) are not.
 * Header names vary between plans, so each column is recognised by a set of synonyms, compared after width folding
 * and without spaces or colons. It lives beside the loaders because the PDF reader needs it too: a PDF has no
 * tables, only text at positions, and the header row is what says where a task table is and where its columns run.
 *
 * @param no       the 序号 column, or -1 (and so for every optional column)
 * @param task     the task column (工作任务 / 任务内容 …)
 * @param deadline the deadline column (完成时限 / 时间节点 …)
 */
public record TaskColumns(int no, int task, int lead, int co, int owner, int deadline) {
    private static final Set<String> TASK = Set.of("任务", "工作任务", "重点任务", "工作内容", "任务内容", "具体任务",
            "主要任务", "任务名称", "工作事项", "任务事项", "工作措施", "具体措施");
    private static final Set<String> DEADLINE = Set.of("完成时限", "时间节点", "完成时间", "时限要求", "时限", "完成期限",
            "办结时限", "时间要求", "完成时间节点");
    private static final Set<String> NO = Set.of("序号", "编号", "序", "任务编号");
    private static final Set<String> LEAD = Set.of("牵头单位", "责任单位", "主责单位", "牵头部门", "责任部门", "牵头责任单位");
    private static final Set<String> CO = Set.of("配合单位", "协办单位", "参与单位", "配合部门", "协同单位", "协办部门");
    private static final Set<String> OWNER = Set.of("责任人", "负责人", "具体责任人", "联系人");

    /** The columns named by a header row, or null when it is not a task table's header. */
    public static TaskColumns of(List<String> header) {
        List<String> names = header.stream().map(h -> HalfWidth.of(h).replaceAll("[\\s*:]", "")).toList();
        int task = find(names, TASK);
        int deadline = find(names, DEADLINE);
        if (task < 0 || deadline < 0) {
            return null;
        }
        return new TaskColumns(find(names, NO), task, find(names, LEAD), find(names, CO), find(names, OWNER), deadline);
    }

    private static int find(List<String> names, Set<String> synonyms) {
        for (int i = 0; i < names.size(); i++) {
            if (synonyms.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
