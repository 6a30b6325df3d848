package ua.fakh.courses.registration.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.registration.BulkRegistrationReport;
import ua.fakh.courses.registration.EventView;
import ua.fakh.courses.registration.MyRegistration;
import ua.fakh.courses.registration.Placement;
import ua.fakh.courses.registration.RegistrationList;
import ua.fakh.courses.registration.RegistrationSettings;
import ua.fakh.courses.registration.RegistrationView;
import ua.fakh.courses.registration.Registrations;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller("/api/cohorts/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistrationController {
    private final Registrations registrations;
    private final Messages messages;
    private final LocaleChoice locales;

    RegistrationController(Registrations registrations, Messages messages, LocaleChoice locales) {
        this.registrations = registrations;
        this.messages = messages;
        this.locales = locales;
    }

    /** A course trainer opens registration or changes its capacity, closing time or open switch. */
    @Operation(summary = "Opens or changes registration for a cohort.")
    @Put("/registration")
    @Secured({"TRAINER", "ADMIN"})
    RegistrationView configure(UUID id, @Body RegistrationSettings body, Caller caller) {
        return registrations.configure(id, body, caller);
    }

    @Operation(summary = "A cohort's registration: capacity, seats left, closing time.")
    @Get("/registration")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    RegistrationView registration(UUID id, Caller caller) {
        return registrations.get(id, caller);
    }

    @Operation(summary = "A cohort as an event: course, dates, sessions, registration and the caller's standing.")
    @Get("/event")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    EventView event(UUID id, Caller caller) {
        return registrations.event(id, caller);
    }

    /** 201 with a new seat or waiting-list place; 200 with the same one when the caller registered before. */
    @Operation(summary = "Registers the caller for a cohort: a seat, or a place on the waiting list.")
    @ApiProblems.Conflict
    @ApiResponse(responseCode = "200", description = "The caller's seat or place, made before.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "A new seat or waiting-list place.", useReturnTypeSchema = true)
    @Post("/registrations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<MyRegistration> register(UUID id, Caller caller) {
        Placement placement = registrations.register(id, caller);
        return placement.fresh() ? HttpResponse.created(placement.registration()) : HttpResponse.ok(placement.registration());
    }

    @Operation(summary = "The caller's standing in a cohort's registration.")
    @Get("/registrations/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MyRegistration mine(UUID id, Caller caller) {
        return registrations.mine(id, caller);
    }

    /** The seat goes to the first on the waiting list at once. */
    @Operation(summary = "Cancels the caller's registration: frees the seat or leaves the waiting list.")
    @ApiProblems.Conflict
    @Delete("/registrations/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MyRegistration cancel(UUID id, Caller caller) {
        return registrations.cancel(id, caller);
    }

    @Operation(summary = "Who holds a seat and who waits, in order.")
    @Get("/registrations")
    @Secured({"TRAINER", "ADMIN"})
    RegistrationList list(UUID id, Caller caller) {
        return registrations.list(id, caller);
    }

    /** HR of an organisation subtree registers its staff; people outside it are refused line by line. */
    @Operation(summary = "Registers several staff members for a cohort, reported per person.")
    @ApiProblems.Conflict
    @Post("/registrations/bulk")
    @Secured({"HR", "ADMIN"})
    BulkRegistrationReport bulk(UUID id, @Body StaffList body, Caller caller, HttpRequest<?> request) {
        Locale locale = locales.of(request);
        return registrations.registerMany(id, body.userIds() == null ? List.of() : body.userIds(), caller)
                .localized(key -> messages.get(locale, key));
    }

    @Serdeable
    record StaffList(@Nullable List<UUID> userIds) {
    }
}
