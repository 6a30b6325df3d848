package ua.fakh.core.common;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * "Is it time yet?" for messages sent at a time of day in Kyiv (a digest at 08:00, expiry notices
 * from 09:00). Scans run every few minutes on every node and ask this; the answer is the occasion's
 * day, which the first scan past the hour claims ({@link ScanOccasions}) and which goes into the
 * messages' event keys, so each message goes once. The one rule, so the digests and the reminders
 * agree on what "08:00" means across daylight-saving changes.
 */
public final class KyivSchedule {
    private KyivSchedule() {
    }

    /** The day in Kyiv when its time of day has reached {@code at}; empty before that. */
    public static Optional<LocalDate> dailyAt(Instant now, LocalTime at) {
        ZonedDateTime local = now.atZone(KyivTime.ZONE);
        return local.toLocalTime().isBefore(at) ? Optional.empty() : Optional.of(local.toLocalDate());
    }

    /**
     * The day in Kyiv when it is {@code day} there and its time of day has reached {@code at}; empty on
     * the other days (a node down all Monday skips that week's digest rather than send it on Thursday).
     */
    public static Optional<LocalDate> weeklyAt(Instant now, DayOfWeek day, LocalTime at) {
        return dailyAt(now, at).filter(today -> today.getDayOfWeek() == day);
    }

    /** The ISO week of a day, {@code 2026-W50}: the occasion of a weekly message. */
    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
