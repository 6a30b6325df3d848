package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseRenewals;
import ua.fakh.courses.content.RenewalView;

import java.util.UUID;

/** {@code /api/courses/{id}/renewal}: the course that renews this course's certificate. */
@ApiProblems.SignedIn
@Controller("/api/courses/{id}/renewal")
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RenewalController {
    private final CourseRenewals renewals;

    RenewalController(CourseRenewals renewals) {
        this.renewals = renewals;
    }

    @Operation(summary = "Which course renews this course's certificates.")
    @Get
    RenewalView get(UUID id, Caller caller) {
        return renewals.get(id, caller);
    }

    /** {@code {"renewalCourseId": null}} clears it. */
    @Operation(summary = "Sets which course renews this course's certificates.")
    @Put
    RenewalView set(UUID id, @Body RenewalRequest body, Caller caller) {
        return renewals.set(id, body.renewalCourseId(), caller);
    }

    @Serdeable
    record RenewalRequest(@Nullable UUID renewalCourseId) {
    }
}
