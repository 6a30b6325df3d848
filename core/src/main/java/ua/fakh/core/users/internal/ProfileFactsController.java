package ua.fakh.core.users.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.PersonFacts;
import ua.fakh.core.users.ProfileFacts;
import ua.fakh.core.users.ProfileFactsView;

import java.util.UUID;

/**
 * A person's position and years of experience: their own ({@code /api/me/facts}) or, for
 * administrators, anyone's. When the installation does not ask for them, reading says so
 * ({@code asked: false}) and saving is refused with 422.
 */
@ApiProblems.SignedIn
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProfileFactsController {
    private final ProfileFacts facts;

    ProfileFactsController(ProfileFacts facts) {
        this.facts = facts;
    }

    @Operation(summary = "The caller's profile facts.")
    @Get("/me/facts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ProfileFactsView mine(Caller caller) {
        return facts.get(caller.userId(), caller);
    }

    @Operation(summary = "Changes the caller's profile facts.")
    @ApiProblems.Unprocessable
    @Put("/me/facts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ProfileFactsView setMine(@Body PersonFacts body, Caller caller) {
        return facts.set(caller.userId(), body, caller);
    }

    @Operation(summary = "A user's profile facts.")
    @Get("/users/{id}/facts")
    @Secured("ADMIN")
    ProfileFactsView of(UUID id, Caller caller) {
        return facts.get(id, caller);
    }

    @Operation(summary = "Changes a user's profile facts.")
    @ApiProblems.Unprocessable
    @Put("/users/{id}/facts")
    @Secured("ADMIN")
    ProfileFactsView set(UUID id, @Body PersonFacts body, Caller caller) {
        return facts.set(id, body, caller);
    }
}
