package ua.fakh.web.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.meetings.Meetings;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /sessions/{id}}: a session for its participants (and the course's trainers): the join
 * button, the join route that logs the pass and sends the person on to the meeting, and the check-in form.
 */
@Hidden
@Controller("/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionPageController {
    private final Meetings meetings;

    SessionPageController(Meetings meetings) {
        this.meetings = meetings;
    }

    @Get
    HttpResponse<?> show(UUID id, @Nullable @QueryValue String checked, PageContext ctx, Caller caller) {
        return HttpResponse.ok(page(id, ctx, caller, checked == null ? null : "meetings.checkin.done", Map.of()));
    }

    /** The join page: one read and one insert, then 303 to the meeting (signed for this person where the provider signs). */
    @Get("/join")
    HttpResponse<?> join(UUID id, Caller caller) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, meetings.join(id, caller))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/checkin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> checkIn(UUID id, @Body CheckinForm form, PageContext ctx, Caller caller) {
        try {
            meetings.checkIn(id, form.code() == null ? "" : form.code(), caller);
            return HttpResponse.seeOther(URI.create("/sessions/" + id + "?checked=1"));
        } catch (ValidationException refused) {
            return HttpResponse.status(refused.status()).body(page(id, ctx, caller, null, FormErrors.of(refused, ctx)));
        }
    }

    private Object page(UUID id, PageContext ctx, Caller caller, @Nullable String notice, Map<String, String> errors) {
        return Views.view("meetings/session", ctx, new SessionPageModel(meetings.session(id, caller, ctx.locale()), notice, errors));
    }

    @Serdeable
    record CheckinForm(@Nullable String code) {
    }
}
