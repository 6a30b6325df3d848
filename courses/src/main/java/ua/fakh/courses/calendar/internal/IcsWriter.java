package ua.fakh.courses.calendar.internal;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.CalendarScale;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Organizer;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.i18n.Messages;
import ua.fakh.courses.calendar.UpcomingEntry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Upcoming entries as an RFC 5545 calendar ({@code METHOD:PUBLISH}, times in Europe/Kyiv with its VTIMEZONE), in one language.
 * A session is a timed event; a due date an all-day event on its day in Kyiv; a quiz's close a moment.
 * UIDs name the thing ({@code session-<id>@<host>}), so a calendar app updates an event, never doubles it.
 */
@Singleton
class IcsWriter {
    static final String PRODUCT_ID = "-//Fakh//Fakh calendar//UK";

    private final Messages messages;
    private final Clock clock;
    private final String publicUrl;
    private final String host;
    private final String organizerAddress;

    IcsWriter(Messages messages, Clock clock, FakhSettings settings) {
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = settings.publicUrl().replaceAll("/+$", "");
        String configured = URI.create(publicUrl).getHost();
        this.host = configured == null ? "fakh" : configured;
        // METHOD:PUBLISH wants an organizer (RFC 5546): the installation, at an address that takes no replies
        this.organizerAddress = "no-reply@" + host;
    }

    String write(String calendarName, List<UpcomingEntry> entries, Locale locale) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setMethod(Method.publish());
        ical.setCalendarScale(CalendarScale.gregorian());
        ical.setExperimentalProperty("X-WR-CALNAME", calendarName);
        ical.getTimezoneInfo().setDefaultTimezone(KyivTimezone.ASSIGNMENT);
        entries.forEach(entry -> ical.addEvent(event(entry, locale)));
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(ical);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return OctetFolding.fold(text.toString());
    }

    private VEvent event(UpcomingEntry entry, Locale locale) {
        VEvent event = new VEvent();
        event.setUid(uid(entry));
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setOrganizer(new Organizer("Fakh", organizerAddress));
        String title = title(entry, locale);
        switch (entry.kind()) {
            case SESSION -> {
                event.setDateStart(new DateStart(Date.from(entry.startsAt()), true));
                event.setDateEnd(new DateEnd(Date.from(entry.endsAt() == null ? entry.startsAt() : entry.endsAt()), true));
                event.setSummary(messages.get(locale, "calendar.event.session", title, course(entry, locale)));
            }
            case DUE -> {
                LocalDate day = KyivTime.day(entry.startsAt());
                event.setDateStart(new DateStart(allDay(day), false));
                event.setDateEnd(new DateEnd(allDay(day.plusDays(1)), false));
                event.setSummary(messages.get(locale, "calendar.event.due", course(entry, locale)));
            }
            case QUIZ_CLOSES -> {
                event.setDateStart(new DateStart(Date.from(entry.startsAt()), true));
                event.setSummary(messages.get(locale, "calendar.event.quiz", title));
            }
        }
        if (entry.place() != null) {
            event.setLocation(entry.place());
        }
        String url = entry.onlineLink() == null ? publicUrl + entry.path()
                : entry.onlineLink().startsWith("/") ? publicUrl + entry.onlineLink() : entry.onlineLink();
        event.setUrl(url);
        event.setDescription(description(entry, locale, url));
        return event;
    }

    private String description(UpcomingEntry entry, Locale locale, String url) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(locale, "calendar.event.course", course(entry, locale)));
        if (entry.cohortName() != null) {
            lines.add(messages.get(locale, "calendar.event.group", entry.cohortName()));
        }
        if (entry.kind() == UpcomingEntry.Kind.DUE) {
            lines.add(messages.get(locale, "calendar.event.dueBy", KyivTime.dateTime(entry.startsAt())));
        }
        lines.add(url);
        return String.join("\n", lines);
    }

    /** Noon in Kyiv: the same calendar day in whatever zone biweekly formats a date-only value. */
    private static Date allDay(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(KyivTime.ZONE).toInstant());
    }

    private String uid(UpcomingEntry entry) {
        String kind = switch (entry.kind()) {
            case SESSION -> "session";
            case DUE -> "due";
            case QUIZ_CLOSES -> "quiz-closes";
        };
        return kind + "-" + entry.id() + "@" + host;
    }

    static String title(UpcomingEntry entry, Locale locale) {
        return "en".equals(locale.getLanguage()) && entry.titleEn() != null && !entry.titleEn().isBlank() ? entry.titleEn() : entry.title();
    }

    static String course(UpcomingEntry entry, Locale locale) {
        return "en".equals(locale.getLanguage()) && entry.courseTitleEn() != null && !entry.courseTitleEn().isBlank()
                ? entry.courseTitleEn() : entry.courseTitle();
    }
}
