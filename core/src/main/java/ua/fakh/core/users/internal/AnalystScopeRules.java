package ua.fakh.core.users.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalystScopeChoice;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;

import java.util.Set;
import java.util.UUID;

/**
 * The analyst's scope as part of an account: checked with the account's other fields (all errors at
 * once) and written in the same transaction, so a role and its scope never disagree for long. A
 * scope for someone who is not an ANALYST, or for an organisation that does not exist, is refused as
 * data the request cannot use (422 when alone); saying both or neither of "whole installation" and
 * "organisation" is a malformed request (400).
 */
@Singleton
class AnalystScopeRules {
    static final String FIELD = "analystScope";

    private final AnalyticsScopes scopes;
    private final Organizations organizations;

    AnalystScopeRules(AnalyticsScopes scopes, Organizations organizations) {
        this.scopes = scopes;
        this.organizations = organizations;
    }

    /** Adds to {@code check} what is wrong with giving {@code choice} to someone holding {@code roles}. */
    void check(FieldCheck check, Set<Role> roles, @Nullable AnalystScopeChoice choice) {
        if (choice == null) {
            return;
        }
        if (!roles.contains(Role.ANALYST)) {
            check.taken(FIELD, "problem.field.analystScopeWithoutRole");
        }
        if (!choice.consistent()) {
            check.add(FIELD + ".wholeInstallation", "problem.field.analystScopeChoice");
        } else if (choice.organizationId() != null && organizations.find(choice.organizationId()).isEmpty()) {
            check.taken(FIELD + ".organizationId", "problem.field.noSuchOrganization");
        }
    }

    /** After {@link #check}: the scope chosen, kept, or forgotten with the ANALYST role. The caller owns the transaction. */
    void apply(UUID userId, Set<Role> roles, @Nullable AnalystScopeChoice choice, Caller actor) {
        if (!roles.contains(Role.ANALYST)) {
            scopes.clearAnalystScope(userId, actor);
        } else if (choice != null) {
            scopes.setAnalystScope(userId, choice.organizationId(), actor);
        }
    }
}
