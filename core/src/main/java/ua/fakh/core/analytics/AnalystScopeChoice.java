package ua.fakh.core.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * What an administrator chooses for an ANALYST: {@code {"wholeInstallation": true}} or
 * {@code {"organizationId": "<uuid>"}} (that organisation and everything below it), never both.
 * The body of {@code PUT /api/users/{id}/analyst-scope}, and {@code analystScope} of
 * {@code POST /api/users} and {@code PUT /api/users/{id}}.
 */
@Serdeable
public record AnalystScopeChoice(@Nullable Boolean wholeInstallation, @Nullable UUID organizationId) {

    public static AnalystScopeChoice whole() {
        return new AnalystScopeChoice(true, null);
    }

    public static AnalystScopeChoice of(UUID organizationId) {
        return new AnalystScopeChoice(null, organizationId);
    }

    /** Exactly one of the two said. */
    public boolean consistent() {
        return Boolean.TRUE.equals(wholeInstallation) == (organizationId == null);
    }
}
