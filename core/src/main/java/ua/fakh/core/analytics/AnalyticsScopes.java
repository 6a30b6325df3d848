package ua.fakh.core.analytics;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * The one door to "whose numbers may this caller read": read from the database at every call, so a
 * changed scope or role counts on the next request.
 */
public interface AnalyticsScopes {

    /**
     * ADMIN: the whole installation with names; ANALYST: its assigned scope, numbers only; HR: its
     * organisation's subtree, with names of its own people.
     *
     * @throws ua.fakh.core.errors.ForbiddenException for anyone else, and for an ANALYST no administrator
     *                                                has given a scope yet
     */
    AnalyticsScope of(Caller caller);

    /** The organisation an ANALYST's scope is rooted at; empty for the whole installation or no scope. */
    Optional<AnalystScope> analystScope(UUID userId);

    /** Sets (or, with {@code organizationId} null, widens to the whole installation) an analyst's scope. */
    void setAnalystScope(UUID userId, @Nullable UUID organizationId, Caller actor);

    /** Forgets an analyst's scope (the ANALYST role was taken away); nothing happens when there is none. Audited. */
    void clearAnalystScope(UUID userId, Caller actor);

    /** An ANALYST's scope as an administrator set it. */
    record AnalystScope(@Nullable UUID organizationId) {
    }
}
