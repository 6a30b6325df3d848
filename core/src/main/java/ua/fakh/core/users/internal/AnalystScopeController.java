package ua.fakh.core.users.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.analytics.AnalystScopeChoice;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.AnalystScopeView;

import java.util.UUID;

/**
 * What an ANALYST may count, set by an administrator: {@code {"wholeInstallation": true}} or
 * {@code {"organizationId": "<uuid>"}}. 422 when the user is not an ANALYST or the organisation does
 * not exist; 400 when the body says both or neither; 404 for an unknown user.
 */
@ApiProblems.SignedIn
@Controller("/api/users/{id}/analyst-scope")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AnalystScopeController {
    private final AnalystScopeAssignments assignments;

    AnalystScopeController(AnalystScopeAssignments assignments) {
        this.assignments = assignments;
    }

    @Operation(summary = "The territories an analyst may see.")
    @Get
    AnalystScopeView get(UUID id, Caller caller) {
        return assignments.view(id, caller);
    }

    @Operation(summary = "Sets the territories an analyst may see.")
    @ApiProblems.Unprocessable
    @Put
    AnalystScopeView put(UUID id, @Body AnalystScopeChoice body, Caller caller) {
        return assignments.assign(id, body, caller);
    }
}
