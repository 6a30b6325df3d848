package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * An ANALYST's scope as {@code GET /api/users/{id}/analyst-scope} shows it: {@code set} false while no
 * administrator has chosen one (the analyst then sees no numbers); else the whole installation, or one
 * organisation with everything below it.
 */
@Serdeable
public record AnalystScopeView(boolean set, boolean wholeInstallation, @Nullable UUID organizationId,
                               @Nullable String organizationName) {
}
