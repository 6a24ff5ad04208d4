package org.campaignbot.quiz.play;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.campaignbot.calendar.WorkdayCalendar;
import org.campaignbot.cluster.ClusterLock;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.TargetKind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 每日一题: from {@code bot.quiz.daily-at} on working days, the day's question goes to every group marked
 * {@code daily}. A group whose incoming conversation id is configured gets it as a contest; others get a study card
 * with the answer. The job runs every half minute and the outbox key {@code quiz:daily:<day>:<group>} makes each
 * push happen once per day and group, however often it runs and across restarts (a service started late in the day
 * still sends that day's question). Working days are those of the supervision calendar: statutory holidays off,
 * 调休 make-up weekend days on, so the office gets its question exactly on the days it works.
 */
@Component
class DailyQuizJob {
    static final String LOCK = "daily-quiz";
    private final QuizProperties props;
    private final QuestionRepository questions;
    private final GroupContest contests;
    private final Outbox outbox;
    private final WorkdayCalendar workdays;
    private final Clock clock;
    private final ClusterLock lock;
    // the last day every daily group was seen pushed: later ticks that day skip the bank and outbox look-ups
    // (the outbox key still guards against duplicates across instances and restarts)
    private volatile LocalDate doneFor;

    public DailyQuizJob(QuizProperties props, QuestionRepository questions, GroupContest contests, Outbox outbox,
                        WorkdayCalendar workdays, Clock clock, ClusterLock lock) {
        this.lock = lock;
        this.props = props;
        this.questions = questions;
        this.contests = contests;
        this.outbox = outbox;
        this.workdays = workdays;
        this.clock = clock;
    }

    /**
     * Under a cluster lock: two instances opening the same contest key at once would, on PostgreSQL, fail one
     * instance's statement on the unique key. The keys still make a later run by the other instance a no-op.
     */
    // not a setting: the time (bot.quiz.daily-at) is; checking twice a minute keeps the push within 30 s of it
    @Scheduled(fixedDelay = 30_000, initialDelay = 10_000)
    public void tick() {
        lock.runExclusively(LOCK, Duration.ofMinutes(5), this::runDue);
    }

    /** Pushes today's question where it is due and not yet pushed; returns how many pushes were new. */
    public int runDue() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), TimeConfig.ZONE);
        LocalDate day = now.toLocalDate();
        if (day.equals(doneFor) || !workdays.isWorkday(day) || now.toLocalTime().isBefore(props.dailyTime())) {
            return 0;
        }
        List<Long> approved = questions.approvedIds();
        if (approved.isEmpty()) {
            return 0;
        }
        // the same question for every group that day, moving through the bank day by day
        Question q = questions.find(approved.get((int) Math.floorMod(day.toEpochDay(), (long) approved.size()))).orElseThrow();
        int pushed = 0;
        for (QuizProperties.Group g : props.groups()) {
            if (!g.daily()) {
                continue;
            }
            String key = "daily:" + day + ":" + g.name();
            if (g.contests()) {
                pushed += contests.open(g, q, key, props.contestTimeLimit(), "每日一题 " + day).posted() ? 1 : 0;
            } else if (outbox.enqueue("quiz:" + key, new OutboundTarget(g.channel(), TargetKind.of(g.kind()), g.id()),
                    OutboundMessage.text(studyCard(q, day)))) {
                pushed++;
            }
        }
        doneFor = day;
        return pushed;
    }

    private static String studyCard(Question q, LocalDate day) {
        return "【每日一题 " + day + "】\n" + QuizFormatter.ask(q, "今日一题") + "\n\n—— 答案 ——\n" + q.answerText() + "\n"
                + QuizFormatter.explain(q) + "\n私聊我发送“每日一练”，再练 5 题。";
    }
}
