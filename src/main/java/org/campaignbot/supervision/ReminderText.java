package org.campaignbot.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The words of a reminder: one line block per task, split into messages that fit the platforms' size limits. */
final class ReminderText {
    /**
     * WeCom robot text is limited to 2048 bytes and the channel appends @-mentions; 1500 bytes of our own text leaves
     * room for them, so a channel never has to cut a reminder.
     */
    static final int MAX_BYTES = 1500;
    static final String TITLE = "督办提醒";

    private ReminderText() {
    }

    static String header(LocalDate today) {
        return "【" + TITLE + "】" + Texts.date(today);
    }

    static String footer(ReminderItem example) {
        long id = example.state().task().id();
        return "请抓紧办理。报送进展请发送“进展 " + id + " 进展情况”，办结后发送“办结 " + id + "”。";
    }

    /** The block for one task, e.g. "🔴 任务3：…\n　牵头：…；责任人：…；时限：…，已逾期 3 天". */
    static String block(ReminderItem item, String leaderName, LocalDate today) {
        TaskState s = item.state();
        Task t = s.task();
        var sb = new StringBuilder();
        sb.append(s.status().light()).append(" 任务").append(t.id()).append("：").append(Texts.shorten(t.title(), 120)).append('\n');
        sb.append("　牵头：").append(t.leadUnit());
        if (!t.owner().isEmpty()) {
            sb.append("；责任人：").append(t.owner());
        }
        sb.append("；时限：").append(s.dueText()).append("，").append(when(item, today));
        if (item.escalate()) {
            sb.append("\n　逾期已超过规定工作日，提请").append(leaderName.isEmpty() ? "包抓领导" : "包抓领导" + leaderName).append("督办");
        }
        return sb.toString();
    }

    private static String when(ReminderItem item, LocalDate today) {
        TaskState s = item.state();
        if (s.status() == TaskStatus.RED) {
            return "已逾期 " + s.daysOverdue() + " 天";
        }
        if (item.kind() instanceof ReminderKind.Due) {
            return s.due().equals(today) ? "今天到期" : "今天是到期前最后一个工作日";
        }
        return "还有 " + s.workdaysLeft() + " 个工作日到期";
    }

    /** Groups blocks into messages of at most {@link #MAX_BYTES}; a block is never split. */
    static List<List<Integer>> chunks(List<String> blocks, String header, String footer) {
        int fixed = bytes(header) + bytes(footer) + 2;
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int size = fixed;
        for (int i = 0; i < blocks.size(); i++) {
            int b = bytes(blocks.get(i)) + 1;
            if (!current.isEmpty() && size + b > MAX_BYTES) {
                chunks.add(current);
                current = new ArrayList<>();
                size = fixed;
            }
            current.add(i);
            size += b;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
