package ua.fakh.core.users.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;

import java.util.Set;
import java.util.UUID;

/** Who may create, read and change which user: the rules in one place. */
@Singleton
class UserAccessPolicy {
    private final Organizations organizations;

    UserAccessPolicy(Organizations organizations) {
        this.organizations = organizations;
    }

    /** ADMIN creates anyone; a TRAINER creates learners only (roles exactly {LEARNER}). */
    void checkMayCreate(Caller actor, Set<Role> roles) {
        if (actor.isAdmin()) {
            return;
        }
        if (actor.has(Role.TRAINER) && roles.equals(Set.of(Role.LEARNER))) {
            return;
        }
        throw new ForbiddenException(actor.has(Role.TRAINER)
                ? "A trainer may create learners only" : "Only administrators and trainers create users");
    }

    /** The user themself, ADMIN, or HR whose organisation contains the user's organisation. */
    void checkMayRead(Caller actor, UUID userId, UUID userOrganizationId) {
        if (actor.isAdmin() || userId.equals(actor.userId())) {
            return;
        }
        if (actor.has(Role.HR) && organizations.isWithin(userOrganizationId, actor.organizationId())) {
            return;
        }
        throw new ForbiddenException("This person is outside what you may see");
    }

    void checkMayAdminister(Caller actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only administrators change other people's accounts");
        }
    }
}
