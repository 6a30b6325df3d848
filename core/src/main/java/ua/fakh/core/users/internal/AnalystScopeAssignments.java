package ua.fakh.core.users.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalystScopeChoice;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.AnalystScopeView;

import java.util.Set;
import java.util.UUID;

/** Reads and sets one analyst's scope on its own (the account's other fields untouched). ADMIN only, by the controller. */
@Singleton
class AnalystScopeAssignments {
    private final UserRepository users;
    private final UserRoles roles;
    private final AnalystScopeRules rules;
    private final AnalyticsScopes scopes;
    private final Organizations organizations;
    private final UserAccessPolicy policy;

    AnalystScopeAssignments(UserRepository users, UserRoles roles, AnalystScopeRules rules, AnalyticsScopes scopes,
                            Organizations organizations, UserAccessPolicy policy) {
        this.policy = policy;
        this.users = users;
        this.roles = roles;
        this.rules = rules;
        this.scopes = scopes;
        this.organizations = organizations;
    }

    /** 404 for an unknown user, 422 for one who is not an ANALYST. */
    @Transactional(readOnly = true)
    AnalystScopeView view(UUID userId, Caller actor) {
        policy.checkMayAdminister(actor);
        if (!rolesOf(userId).contains(Role.ANALYST)) {
            FieldCheck.start().taken(AnalystScopeRules.FIELD, "problem.field.analystScopeWithoutRole").throwIfAny();
        }
        return scopes.analystScope(userId).map(scope -> scope.organizationId() == null
                        ? new AnalystScopeView(true, true, null, null)
                        : new AnalystScopeView(true, false, scope.organizationId(),
                        organizations.find(scope.organizationId()).map(OrganizationView::name).orElse(null)))
                .orElse(new AnalystScopeView(false, false, null, null));
    }

    /** Every problem of the request at once (see {@link AnalystScopeRules}), then the scope is set and audited. */
    @Transactional
    AnalystScopeView assign(UUID userId, AnalystScopeChoice choice, Caller actor) {
        policy.checkMayAdminister(actor);
        Set<Role> held = rolesOf(userId);
        FieldCheck check = FieldCheck.start();
        rules.check(check, held, choice);
        check.throwIfAny();
        rules.apply(userId, held, choice, actor);
        return view(userId, actor);
    }

    private Set<Role> rolesOf(UUID userId) {
        if (!users.existsById(userId)) {
            throw new NotFoundException(UserService.NOT_FOUND);
        }
        return roles.of(userId);
    }
}
