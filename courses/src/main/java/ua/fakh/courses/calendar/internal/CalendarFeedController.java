package ua.fakh.courses.calendar.internal;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.NotFoundException;

import java.util.Optional;
import java.util.function.Function;

/**
 * The feeds phone calendars subscribe to. No session: the secret address is the key, so an unknown or
 * revoked token is simply not found. Calendars poll, so the answer may be cached only privately.
 */
@ApiProblems.Public
@Controller("/calendar")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarFeedController {
    static final String CALENDAR = "text/calendar; charset=utf-8";
    private static final String SUFFIX = ".ics";

    private final FeedService feeds;

    CalendarFeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    /** A person's calendar (sessions, due dates, quiz closes) at their secret address. */
    @Operation(summary = "A person's calendar (iCalendar) at their secret address.", security = {})
    @ApiResponse(responseCode = "200", description = "An iCalendar (RFC 5545) feed.",
            content = @Content(mediaType = "text/calendar; charset=utf-8", schema = @Schema(type = "string")))
    @Get("/{file}")
    HttpResponse<String> personal(String file) {
        return answer(file, feeds::personalFeed);
    }

    /** A course's calendar for one of its trainers, at the trainer's secret address. */
    @Operation(summary = "A course's calendar (iCalendar) at a trainer's secret address.", security = {})
    @ApiResponse(responseCode = "200", description = "An iCalendar (RFC 5545) feed.",
            content = @Content(mediaType = "text/calendar; charset=utf-8", schema = @Schema(type = "string")))
    @Get("/course/{file}")
    HttpResponse<String> course(String file) {
        return answer(file, feeds::courseFeed);
    }

    private static HttpResponse<String> answer(String file, Function<String, Optional<String>> feed) {
        String ics = Optional.of(file).filter(f -> f.endsWith(SUFFIX))
                .flatMap(f -> feed.apply(f.substring(0, f.length() - SUFFIX.length())))
                .orElseThrow(() -> new NotFoundException("problem.calendar.notFound"));
        return HttpResponse.ok(ics).contentType(CALENDAR).header("Cache-Control", "private, max-age=300");
    }
}
