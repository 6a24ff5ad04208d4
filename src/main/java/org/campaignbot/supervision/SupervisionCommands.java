package org.campaignbot.supervision;

import java.util.List;
import java.util.Optional;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.conversation.CommandHandler;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 我的任务 / 任务 5 / 进展 5 … / 进度 5 60% / 办结 5 / 督办台账 / 逾期任务 / 督办通报 in any chat. */
@Component
@Order(20)
public class SupervisionCommands implements CommandHandler {
    static final String ANONYMOUS = "抱歉，本机聊天页无法确认您的身份，不能查询“我的任务”、报送进展或申请办结。"
            + "请在企业微信或钉钉里向机器人发送同样的内容；行动办同志请登录管理接口处理台账。"
            + "查询任务详情（“任务 5”）、“督办台账”“逾期任务”在这里照常可用。";
    private final Ledger ledger;
    private final ContactDirectory contacts;
    private final Bulletin bulletin;
    private final SupervisionProperties properties;

    public SupervisionCommands(Ledger ledger, ContactDirectory contacts, Bulletin bulletin, SupervisionProperties properties) {
        this.ledger = ledger;
        this.contacts = contacts;
        this.bulletin = bulletin;
        this.properties = properties;
    }

    @Override
    public Optional<Reply> handle(IncomingMessage message) {
        return ChatCommand.parse(message.text()).map(command -> switch (command.kind()) {
            // acting as, or showing the ledger of, the sender: only for senders a platform vouches for
            case MINE -> message.platformIdentity() ? mine(message) : Reply.text(ANONYMOUS);
            case PROGRESS -> message.platformIdentity() ? progress(message, command) : Reply.text(ANONYMOUS);
            case CLOSE -> message.platformIdentity() ? close(message, command.id()) : Reply.text(ANONYMOUS);
            case SHOW -> show(command.id());
            case OVERVIEW -> Reply.text(LedgerReplies.overview(ledger.states()));
            case OVERDUE -> overdue();
            case BULLETIN -> new Reply(bulletin.render(properties.bulletinMaxItems()), List.of(), List.of(), true);
        });
    }

    private Reply mine(IncomingMessage message) {
        var member = contacts.current().find(message.channel(), message.userId());
        if (member.isEmpty()) {
            return Reply.text(notRegistered());
        }
        var units = member.get().units();
        List<TaskState> open = ledger.states().stream()
                .filter(s -> s.status() != TaskStatus.DONE && s.task().units().stream().anyMatch(units::contains)).toList();
        String who = member.get().person().name() + "（" + String.join("、", units) + "）";
        if (open.isEmpty()) {
            return Reply.text(who + "：目前没有未办结的督办任务。");
        }
        return Reply.text(who + "未办结的督办任务 " + open.size() + " 项：\n" + LedgerReplies.lines(open)
                + "\n发送“任务 编号”查看详情，“进展 编号 内容”报送进展。");
    }

    private Reply show(long id) {
        return ledger.state(id).map(s -> Reply.text(LedgerReplies.detail(s, ledger.progress(id))))
                .orElseGet(() -> Reply.text(noSuchTask(id)));
    }

    private Reply overdue() {
        List<TaskState> red = LedgerReplies.overdue(ledger.states());
        return Reply.text(red.isEmpty() ? "目前没有逾期任务。" : "逾期任务 " + red.size() + " 项：\n" + LedgerReplies.lines(red));
    }

    private Reply progress(IncomingMessage message, ChatCommand command) {
        if (command.body().isEmpty()) {
            return Reply.text("请在编号后写上进展情况，例如“进展 " + command.id() + " 已完成调研，形成初稿”或“进度 " + command.id() + " 60%”。");
        }
        if (command.percent() != null && command.percent() > 100) {
            return Reply.text("进度百分比应在 0 到 100 之间，您填写的是 " + command.percent() + "%。");
        }
        if (command.body().length() > 1000) {
            return Reply.text("进展内容请控制在 1000 字以内，可分几次报送。");
        }
        Check check = reporter(message, command.id(), "报送进展");
        if (check instanceof Check.Refused refused) {
            return Reply.text(refused.reason());
        }
        var checked = (Check.Allowed) check;
        TaskState after = ledger.report(checked.state().task(), checked.member().person().name(), checked.unit(),
                message.channel(), message.userId(), command.body(), command.percent());
        var sb = new StringBuilder("已记录任务").append(command.id()).append("的进展")
                .append(command.percent() == null ? "" : "（" + command.percent() + "%）").append("。");
        if (after.task().deadline().recurring() && after.due() != null && !after.due().equals(checked.state().due())) {
            sb.append("本期已报送，下次时限 ").append(after.due()).append("。");
        }
        if (after.task().closeRequested() && !checked.state().task().closeRequested()) {
            sb.append("进度已到 100%，已提交办结申请，待行动办确认。");
        }
        sb.append("当前状态：").append(after.status().light()).append(' ').append(after.status().label());
        return Reply.text(sb.toString());
    }

    private Reply close(IncomingMessage message, long id) {
        Check check = reporter(message, id, "申请办结");
        if (check instanceof Check.Refused refused) {
            return Reply.text(refused.reason());
        }
        var checked = (Check.Allowed) check;
        if (checked.state().task().closeRequested()) {
            return Reply.text("任务" + id + "已由 " + checked.state().task().closeRequestedBy() + " 申请办结，正在等待行动办确认。");
        }
        ledger.requestClose(id, checked.member().person().name(), message.channel(), message.userId());
        return Reply.text("已收到任务" + id + "的办结申请（" + checked.member().person().name() + "，" + checked.unit()
                + "）。行动办确认后标记为办结，确认前仍显示原状态。");
    }

    /** Whether the sender may report on a task: as whom and for which unit, or why not. */
    private sealed interface Check {
        record Allowed(TaskState state, Contacts.Member member, String unit) implements Check {
        }

        record Refused(String reason) implements Check {
        }
    }

    /** Only members (or leaders) of the task's lead or co-operating units may report on it. */
    private Check reporter(IncomingMessage message, long id, String action) {
        var state = ledger.state(id);
        if (state.isEmpty()) {
            return new Check.Refused(noSuchTask(id));
        }
        if (state.get().status() == TaskStatus.DONE) {
            return new Check.Refused("任务" + id + "已办结，无需再" + action + "。");
        }
        var member = contacts.current().find(message.channel(), message.userId());
        if (member.isEmpty()) {
            return new Check.Refused(notRegistered());
        }
        Task task = state.get().task();
        var unit = task.units().stream().filter(member.get().units()::contains).findFirst();
        if (unit.isEmpty()) {
            return new Check.Refused("抱歉，只有任务" + id + "的牵头单位（" + task.leadUnit() + "）"
                    + (task.coUnits().isEmpty() ? "" : "和配合单位（" + String.join("、", task.coUnits()) + "）")
                    + "的同志可以" + action + "。如有疑问请联系行动办。");
        }
        return new Check.Allowed(state.get(), member.get(), unit.get());
    }

    private static String noSuchTask(long id) {
        return "督办台账中没有任务" + id + "。发送“督办台账”查看概况，“我的任务”查看本单位任务。";
    }

    private static String notRegistered() {
        return "抱歉，通讯录中还没有您的信息，暂时无法查询本单位任务或报送进展。请联系行动办在通讯录中登记您的企业微信账号、钉钉账号或手机号。";
    }
}
