package ua.fakh.core.common;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Calendar days as people in Ukraine read them: every date Fakh shows, prints or takes in a form is a
 * day in Kyiv time, written {@code 05.10.2026}. One place, so a certificate, a gradebook and a page
 * never disagree about which day an instant fell on.
 */
public final class KyivTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    private KyivTime() {
    }

    /** The day it was in Kyiv at that instant. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Midnight at the start of the day in Kyiv. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The last second of the day in Kyiv: "by the end of that day". */
    public static Instant endOf(LocalDate day) {
        return day.atTime(LAST_SECOND).atZone(ZONE).toInstant();
    }

    /** {@code 05.10.2026}. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** {@code 05.10.2026} for the day in Kyiv; empty for no instant. */
    public static String date(@Nullable Instant instant) {
        return instant == null ? "" : date(day(instant));
    }

    /** {@code 05.10.2026 14:30} in Kyiv time. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }
}
