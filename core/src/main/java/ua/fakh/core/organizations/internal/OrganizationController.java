package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.organizations.NewOrganization;
import ua.fakh.core.organizations.OrganizationMove;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller("/api/organizations")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationController {
    private final Organizations organizations;

    OrganizationController(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Every wrong field is named at once (the service checks them together); a taken EDRPOU or code alone is 422. */
    @Operation(summary = "Creates an organisation.")
    @ApiProblems.Unprocessable
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post
    @Secured("ADMIN")
    HttpResponse<OrganizationView> create(@Body NewOrganization body, Caller caller) {
        OrganizationView created = organizations.create(body, caller);
        return HttpResponse.created(created, URI.create("/api/organizations/" + created.id()));
    }

    @Operation(summary = "Changes an organisation.")
    @ApiProblems.Unprocessable
    @Put("/{id}")
    @Secured("ADMIN")
    OrganizationView update(UUID id, @Body NewOrganization body, Caller caller) {
        return organizations.update(id, body, caller);
    }

    /** Moves the organization with everything below it; a place inside itself or of the wrong kind is refused (400). */
    @Operation(summary = "Moves an organisation, with everything below it, under another parent.")
    @Post("/{id}/move")
    @Secured("ADMIN")
    OrganizationView move(UUID id, @Body OrganizationMove body, Caller caller) {
        return organizations.move(id, body.parentId(), caller);
    }

    /** Members see their own organization, HR anything inside its own, ADMIN everything. */
    @Operation(summary = "One organisation.")
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    OrganizationView get(UUID id, Caller caller) {
        OrganizationView organization = organizations.get(id);
        if (!mayRead(caller, id)) {
            throw new ForbiddenException("problem.organization.outside");
        }
        return organization;
    }

    /** The organization and everything below it (HR of that subtree, ADMIN). */
    @Operation(summary = "An organisation and everything below it.")
    @Get("/{id}/subtree")
    @Secured({"ADMIN", "HR"})
    List<OrganizationView> subtree(UUID id, Caller caller) {
        organizations.get(id);
        if (!caller.isAdmin() && !organizations.isWithin(id, caller.organizationId())) {
            throw new ForbiddenException("problem.organization.outside");
        }
        return organizations.subtree(id);
    }

    /** Children of {@code parentId} (roots when absent), or a name search with {@code q}. */
    @Operation(summary = "Organisations under a parent, or found by name.")
    @Get
    @Secured({"ADMIN", "TRAINER"})
    PageView<OrganizationView> list(@Nullable @QueryValue UUID parentId, @Nullable @QueryValue String q,
                                    @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        if (q != null && !q.isBlank()) {
            return organizations.search(q, page, size);
        }
        List<OrganizationView> children = organizations.children(parentId);
        return new PageView<>(children, 0, children.size(), children.size());
    }

    private boolean mayRead(Caller caller, UUID id) {
        return caller.isAdmin()
                || id.equals(caller.organizationId())
                || (caller.has(Role.HR) && organizations.isWithin(id, caller.organizationId()));
    }
}
