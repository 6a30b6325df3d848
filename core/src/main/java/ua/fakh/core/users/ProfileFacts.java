package ua.fakh.core.users;

import ua.fakh.core.security.Caller;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The optional facts partners count about people (position, years of experience), asked only when
 * {@link ua.fakh.core.config.ProfileFactsSettings} switches them on. A person reads and changes their
 * own, administrators anyone's; nobody else sees them, other learners and trainers included.
 */
public interface ProfileFacts {

    /** Whether the installation asks for them. */
    boolean enabled();

    /**
     * For counting (reports already authorised by the caller): the facts of those of {@code userIds}
     * who gave any; empty when the installation does not ask for them.
     */
    Map<UUID, PersonFacts> of(Collection<UUID> userIds);

    /** @throws ua.fakh.core.errors.ForbiddenException for anyone but the person and administrators */
    ProfileFactsView get(UUID userId, Caller actor);

    /**
     * Replaces both facts (audited).
     *
     * @throws ua.fakh.core.errors.UnprocessableException (422) when the installation does not ask for them
     * @throws ua.fakh.core.errors.ValidationException naming every wrong field
     */
    ProfileFactsView set(UUID userId, PersonFacts facts, Caller actor);
}
