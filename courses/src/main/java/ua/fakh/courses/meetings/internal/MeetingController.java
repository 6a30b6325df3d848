package ua.fakh.courses.meetings.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.meetings.Checkin;
import ua.fakh.courses.meetings.CheckinCode;
import ua.fakh.courses.meetings.JoinedPerson;
import ua.fakh.courses.meetings.MeetingChoice;
import ua.fakh.courses.meetings.MeetingRooms;
import ua.fakh.courses.meetings.Meetings;
import ua.fakh.core.i18n.LocaleChoice;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class MeetingController {
    private final Meetings meetings;
    private final MeetingRooms rooms;
    private final LocaleChoice locales;

    MeetingController(Meetings meetings, MeetingRooms rooms, LocaleChoice locales) {
        this.meetings = meetings;
        this.rooms = rooms;
        this.locales = locales;
    }

    @Operation(summary = "The meeting plugins a trainer may choose for an online session.")
    @Get("/api/meeting-providers")
    @Secured({"TRAINER", "ADMIN"})
    List<MeetingChoice> meetingProviders(HttpRequest<?> request) {
        return rooms.choices(locales.of(request));
    }

    @Operation(summary = "Opens a check-in code for a session (the course's trainers).")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/sessions/{id}/checkin-codes")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CheckinCode> openCheckinCode(UUID id, @Nullable @Body CodeRequest body, Caller caller) {
        int minutes = body == null || body.minutes() == null ? 5 : body.minutes();
        return HttpResponse.created(meetings.openCheckinCode(id, minutes, caller));
    }

    @Operation(summary = "Checks the caller in at a session with the code shown (once per code; a repeat gives the same check-in).")
    @ApiProblems.Unprocessable
    @Post("/api/sessions/{id}/checkins")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Checkin checkInAtSession(UUID id, @Valid @Body CheckinRequest body, Caller caller) {
        return meetings.checkIn(id, body.code(), caller);
    }

    @Operation(summary = "Who joined a session through Fakh, checked in or was confirmed as a companion (the course's trainers).")
    @Get("/api/sessions/{id}/joins")
    @Secured({"TRAINER", "ADMIN"})
    List<JoinedPerson> sessionJoins(UUID id, Caller caller) {
        return meetings.joins(id, caller);
    }

    @Operation(summary = "Confirms people who sat at the device of someone who joined (idempotent).")
    @ApiProblems.Unprocessable
    @Post("/api/sessions/{id}/companions")
    @Secured({"TRAINER", "ADMIN"})
    List<JoinedPerson.Companion> confirmCompanions(UUID id, @Body CompanionRequest body, Caller caller) {
        return meetings.confirmCompanions(id, body.hostUserId(), body.userIds() == null ? List.of() : body.userIds(), caller);
    }

    @Serdeable
    record CodeRequest(@Nullable Integer minutes) {
    }

    @Serdeable
    record CheckinRequest(@Nullable @Size(max = 20) String code) {
    }

    @Serdeable
    record CompanionRequest(@Nullable UUID hostUserId, @Nullable List<UUID> userIds) {
    }
}
