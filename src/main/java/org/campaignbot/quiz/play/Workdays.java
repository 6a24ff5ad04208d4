package org.campaignbot.quiz.play;

import java.time.LocalDate;

/**
 * Whether a day is a working day. The daily question depends on this small interface so the supervision feature's
 * calendar of statutory holidays and make-up days can be plugged in; until then {@link WeekdayWorkdays} is used.
 */
public interface Workdays {
    boolean isWorkday(LocalDate day);
}
