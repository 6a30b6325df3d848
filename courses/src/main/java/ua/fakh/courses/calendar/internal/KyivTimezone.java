package ua.fakh.courses.calendar.internal;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import ua.fakh.core.common.KyivTime;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.TimeZone;

/**
 * The VTIMEZONE of Europe/Kyiv, built from the JDK's time-zone rules (never downloaded): its yearly
 * switches to and from summer time, or one fixed offset should Ukraine stop switching. Feeds write
 * their times in it, so a phone shows them in Kyiv time and an empty feed is still a valid calendar.
 */
final class KyivTimezone {
    static final TimezoneAssignment ASSIGNMENT = new TimezoneAssignment(TimeZone.getTimeZone(KyivTime.ZONE), component());

    private KyivTimezone() {
    }

    private static VTimezone component() {
        VTimezone zone = new VTimezone(KyivTime.ZONE.getId());
        ZoneRules rules = KyivTime.ZONE.getRules();
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getStandardOffset(java.time.Instant.now());
            zone.addStandardTime(observance(new StandardTime(), offset, offset, LocalDateTime.of(1970, 1, 1, 0, 0), null));
            return zone;
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            boolean summer = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            LocalDateTime first = rule.createTransition(1970).getDateTimeBefore();
            Recurrence yearly = new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue())
                    .byDay(rule.getDayOfMonthIndicator() < 0 ? -1 : (rule.getDayOfMonthIndicator() - 1) / 7 + 1,
                            DayOfWeek.valueOfAbbr(rule.getDayOfWeek().name().substring(0, 2)))
                    .build();
            if (summer) {
                zone.addDaylightSavingsTime(observance(new DaylightSavingsTime(), rule.getOffsetBefore(), rule.getOffsetAfter(), first, yearly));
            } else {
                zone.addStandardTime(observance(new StandardTime(), rule.getOffsetBefore(), rule.getOffsetAfter(), first, yearly));
            }
        }
        return zone;
    }

    private static <T extends Observance> T observance(T observance, ZoneOffset from, ZoneOffset to, LocalDateTime start,
                                                       Recurrence yearly) {
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
        if (yearly != null) {
            observance.setRecurrenceRule(yearly);
        }
        return observance;
    }
}
