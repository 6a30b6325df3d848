package ua.fakh.web.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.courses.registration.EventView;
import ua.fakh.courses.registration.Registrations;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

/** {@code /events/{cohortId}}: a learner registers for an event, joins its waiting list, sees their place, or cancels. */
@Hidden
@Controller("/events/{cohortId}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EventPagesController {
    private static final Set<String> NOTICES = Set.of("seated", "waiting", "cancelled");

    private final Registrations registrations;

    EventPagesController(Registrations registrations) {
        this.registrations = registrations;
    }

    @Get
    HttpResponse<?> show(UUID cohortId, @Nullable @QueryValue String done, PageContext ctx, Caller caller) {
        return HttpResponse.ok(page(cohortId, ctx, caller, done != null && NOTICES.contains(done) ? "events.done." + done : null, null));
    }

    @Post("/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(UUID cohortId, PageContext ctx, Caller caller) {
        try {
            var placement = registrations.register(cohortId, caller);
            return HttpResponse.seeOther(URI.create("/events/" + cohortId + "?done=" + placement.registration().state().name()
                    .toLowerCase(java.util.Locale.ROOT)));
        } catch (ConflictException refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(cohortId, ctx, caller, null, ctx.t(refused.getMessage())));
        }
    }

    @Post("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(UUID cohortId, PageContext ctx, Caller caller) {
        try {
            registrations.cancel(cohortId, caller);
            return HttpResponse.seeOther(URI.create("/events/" + cohortId + "?done=cancelled"));
        } catch (ConflictException refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(cohortId, ctx, caller, null, ctx.t(refused.getMessage())));
        }
    }

    private Object page(UUID cohortId, PageContext ctx, Caller caller, @Nullable String notice, @Nullable String error) {
        EventView event = registrations.event(cohortId, caller);
        return Views.view("registration/event", ctx, new EventModel(event, Texts.title(ctx, event.courseTitle(), event.courseTitleEn()),
                caller.has(Role.HR) || caller.isAdmin(), notice, error));
    }
}
