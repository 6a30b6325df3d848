package ua.fakh.web.calendar;

import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.calendar.UpcomingEntry;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups entries by their day in Kyiv and words them in the page's language. */
@Singleton
class UpcomingDays {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    List<UpcomingModel.Day> group(List<UpcomingEntry> entries, PageContext ctx, Instant now) {
        Map<LocalDate, List<UpcomingModel.Entry>> byDay = new LinkedHashMap<>();
        for (UpcomingEntry e : entries) {
            byDay.computeIfAbsent(KyivTime.day(e.startsAt()), d -> new ArrayList<>()).add(entry(e, ctx));
        }
        LocalDate today = KyivTime.day(now);
        List<UpcomingModel.Day> days = new ArrayList<>();
        byDay.forEach((day, list) -> days.add(new UpcomingModel.Day(label(day, today, ctx), list)));
        return days;
    }

    private static UpcomingModel.Entry entry(UpcomingEntry e, PageContext ctx) {
        String course = Texts.title(ctx, e.courseTitle(), e.courseTitleEn());
        String title = e.kind() == UpcomingEntry.Kind.DUE ? course : Texts.title(ctx, e.title(), e.titleEn());
        return new UpcomingModel.Entry(e.kind().name(), time(e), title, course, "/courses/" + e.courseId(), e.path(),
                e.place(), e.onlineLink(), e.cohortName());
    }

    private static String time(UpcomingEntry e) {
        String start = TIME.format(e.startsAt().atZone(KyivTime.ZONE));
        return e.endsAt() == null ? start : start + "–" + TIME.format(e.endsAt().atZone(KyivTime.ZONE));
    }

    private static String label(LocalDate day, LocalDate today, PageContext ctx) {
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, ctx.locale());
        String date = ctx.t("upcoming.day", weekday, KyivTime.date(day));
        if (day.equals(today)) {
            return ctx.t("upcoming.today", date);
        }
        return day.equals(today.plusDays(1)) ? ctx.t("upcoming.tomorrow", date) : date;
    }
}
