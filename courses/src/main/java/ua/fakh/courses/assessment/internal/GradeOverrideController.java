package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.GradeOverrides;
import ua.fakh.courses.assessment.Gradebook;

import java.util.UUID;

/** A course trainer's override of one enrollment's course result ({@code percent}, with a {@code reason}). */
@ApiProblems.SignedIn
@Controller("/api/enrollments/{id}/grade-override")
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class GradeOverrideController {
    private final GradeOverrides overrides;

    GradeOverrideController(GradeOverrides overrides) {
        this.overrides = overrides;
    }

    @Operation(summary = "Overrides a learner's course grade.")
    @Put
    Gradebook.Override set(UUID id, @Body OverrideRequest body, Caller caller) {
        return overrides.set(id, body.percent(), body.reason(), caller);
    }

    @Operation(summary = "Removes the override of a learner's course grade.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Delete
    HttpResponse<Void> clear(UUID id, Caller caller) {
        overrides.clear(id, caller);
        return HttpResponse.noContent();
    }

    @Serdeable
    record OverrideRequest(@Nullable Double percent, @Nullable String reason) {
    }
}
