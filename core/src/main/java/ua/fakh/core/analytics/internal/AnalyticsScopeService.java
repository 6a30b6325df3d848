package ua.fakh.core.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
class AnalyticsScopeService implements AnalyticsScopes {

    private final AnalystScopeRepository scopes;
    private final Organizations organizations;
    private final AuditLog audit;
    private final Clock clock;

    AnalyticsScopeService(AnalystScopeRepository scopes, Organizations organizations, AuditLog audit, Clock clock) {
        this.scopes = scopes;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AnalyticsScope of(Caller caller) {
        if (caller.isAdmin()) {
            return new AnalyticsScope(null, true);
        }
        if (caller.has(Role.ANALYST) && caller.userId() != null) {
            return scopes.findById(caller.userId())
                    .map(row -> new AnalyticsScope(row.organizationId(), false))
                    .orElseThrow(() -> new ForbiddenException("problem.analytics.noScope"));
        }
        if (caller.has(Role.HR) && caller.organizationId() != null) {
            return new AnalyticsScope(caller.organizationId(), true);
        }
        throw new ForbiddenException("problem.analytics.notAllowed");
    }

    @Override
    public Optional<AnalystScope> analystScope(UUID userId) {
        return scopes.findById(userId).map(row -> new AnalystScope(row.organizationId()));
    }

    @Override
    @Transactional
    public void setAnalystScope(UUID userId, @Nullable UUID organizationId, Caller actor) {
        if (organizationId != null) {
            organizations.get(organizationId);
        }
        AnalystScopeRow row = new AnalystScopeRow(userId, organizationId, clock.instant());
        if (scopes.existsById(userId)) {
            scopes.update(row);
        } else {
            scopes.save(row);
        }
        Map<String, Object> details = new HashMap<>();
        details.put("organizationId", organizationId == null ? "*" : organizationId.toString());
        audit.record(actor, "ANALYST_SCOPE_SET", "user", userId, details);
    }

    @Override
    @Transactional
    public void clearAnalystScope(UUID userId, Caller actor) {
        if (scopes.existsById(userId)) {
            scopes.deleteById(userId);
            audit.record(actor, "ANALYST_SCOPE_CLEARED", "user", userId, Map.of());
        }
    }
}
