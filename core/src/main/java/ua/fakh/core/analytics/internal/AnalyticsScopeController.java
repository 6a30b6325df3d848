package ua.fakh.core.analytics.internal;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopeView;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;

/** Whose numbers the caller may read (ADMIN, HR, an ANALYST with a scope); 403 for everyone else, decided afresh each call. */
@ApiProblems.SignedIn
@Controller("/api/analytics/scope")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AnalyticsScopeController {
    private final AnalyticsScopes scopes;
    private final Organizations organizations;

    AnalyticsScopeController(AnalyticsScopes scopes, Organizations organizations) {
        this.scopes = scopes;
        this.organizations = organizations;
    }

    @Operation(summary = "The territories and organisations the caller's analytics cover.")
    @Get
    AnalyticsScopeView get(Caller caller) {
        AnalyticsScope scope = scopes.of(caller);
        if (scope.rootId() == null) {
            return new AnalyticsScopeView(true, null, null, scope.names());
        }
        String name = organizations.find(scope.rootId()).map(OrganizationView::name).orElse(null);
        return new AnalyticsScopeView(false, scope.rootId(), name, scope.names());
    }
}
