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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.calendar.CalendarFeeds;
import ua.fakh.courses.calendar.Upcoming;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code /upcoming}: a learner's sessions, due dates and quiz closes by day, and the secret address of
 * their calendar feed (made, shown once, revoked here).
 */
@Hidden
@Controller("/upcoming")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class UpcomingPageController {
    /** About three months: further ahead is for the calendar feed. */
    private static final int DAYS_AHEAD = 92;
    private static final String FEED = "/upcoming/feed";

    private final Upcoming upcoming;
    private final CalendarFeeds feeds;
    private final UpcomingDays days;
    private final FakhSettings settings;
    private final Clock clock;

    UpcomingPageController(Upcoming upcoming, CalendarFeeds feeds, UpcomingDays days, FakhSettings settings, Clock clock) {
        this.upcoming = upcoming;
        this.feeds = feeds;
        this.days = days;
        this.settings = settings;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(PageContext ctx, Caller caller) {
        return HttpResponse.ok(page(ctx, caller, null));
    }

    /** A new address (the old one stops working), shown on the answer and never again. */
    @Post("/feed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> renew(PageContext ctx, Caller caller) {
        String token = feeds.renewPersonal(caller.userId());
        return HttpResponse.ok(page(ctx, caller, FeedLink.of(settings.publicUrl(), "/calendar/" + token + ".ics")))
                .header("Cache-Control", "no-store");
    }

    @Post("/feed/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(Caller caller) {
        feeds.revokePersonal(caller.userId());
        return HttpResponse.seeOther(URI.create("/upcoming"));
    }

    private Object page(PageContext ctx, Caller caller, FeedLink created) {
        Instant now = clock.instant();
        Instant from = KyivTime.startOf(KyivTime.day(now));
        var entries = upcoming.forLearner(caller.userId(), from, from.plus(java.time.Duration.ofDays(DAYS_AHEAD)));
        FeedPanel feed = new FeedPanel(FEED, feeds.personalSince(caller.userId()).orElse(null), created);
        return Views.view("calendar/upcoming", ctx, new UpcomingModel(days.group(entries, ctx, now), feed));
    }
}
