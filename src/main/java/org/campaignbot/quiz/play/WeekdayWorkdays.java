package org.campaignbot.quiz.play;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Monday to Friday. A stand-in until the holiday calendar (with 调休 make-up days) is wired in. */
@Component
public class WeekdayWorkdays implements Workdays {
    @Override
    public boolean isWorkday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
