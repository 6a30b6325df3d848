package ua.fakh.web.calendar;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.calendar.CalendarFeeds;
import ua.fakh.courses.calendar.Upcoming;
import ua.fakh.courses.content.CourseView;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;
import ua.fakh.web.teach.TeachAccess;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** {@code /teach/courses/{id}/calendar}: a course's sessions, due dates and quiz closes, and its trainer's feed. */
@Hidden
@Controller("/teach/courses/{id}/calendar")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class CourseCalendarPageController {
    private static final int DAYS_AHEAD = 92;

    private final TeachAccess access;
    private final Upcoming upcoming;
    private final CalendarFeeds feeds;
    private final UpcomingDays days;
    private final FakhSettings settings;
    private final Clock clock;

    CourseCalendarPageController(TeachAccess access, Upcoming upcoming, CalendarFeeds feeds, UpcomingDays days,
                                 FakhSettings settings, Clock clock) {
        this.access = access;
        this.upcoming = upcoming;
        this.feeds = feeds;
        this.days = days;
        this.settings = settings;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(UUID id, PageContext ctx, Caller caller) {
        return HttpResponse.ok(page(id, ctx, caller, null));
    }

    @Post("/feed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> renew(UUID id, PageContext ctx, Caller caller) {
        access.editable(id, caller);
        String token = feeds.renewCourse(id, caller);
        return HttpResponse.ok(page(id, ctx, caller, FeedLink.of(settings.publicUrl(), "/calendar/course/" + token + ".ics")))
                .header("Cache-Control", "no-store");
    }

    @Post("/feed/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(UUID id, Caller caller) {
        access.editable(id, caller);
        feeds.revokeCourse(id, caller);
        return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/calendar"));
    }

    private Object page(UUID id, PageContext ctx, Caller caller, FeedLink created) {
        CourseView course = access.editable(id, caller);
        Instant now = clock.instant();
        Instant from = KyivTime.startOf(KyivTime.day(now));
        var entries = upcoming.forCourse(id, from, from.plus(Duration.ofDays(DAYS_AHEAD)));
        FeedPanel feed = new FeedPanel("/teach/courses/" + id + "/calendar/feed", feeds.courseSince(id, caller).orElse(null), created);
        return Views.view("calendar/course", ctx, new CourseCalendarModel(id, Texts.title(ctx, course.title(), course.titleEn()),
                days.group(entries, ctx, now), feed));
    }
}
