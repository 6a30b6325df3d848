package ua.fakh.core.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * The caller's own scope as {@code GET /api/analytics/scope} answers it: the whole installation, or an
 * organisation's subtree (by id and name); {@code names} says whether the caller may see who was trained.
 */
@Serdeable
public record AnalyticsScopeView(boolean wholeInstallation, @Nullable UUID organizationId,
                                 @Nullable String organizationName, boolean names) {
}
