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

    /**
     * Only ADMIN creates accounts. Trainers create none: Fakh does not record which organizations a
     * training provider serves, so "learners of the organizations it serves" cannot be checked, and a
     * trainer able to create accounts anywhere could place people in any employer's subtree (where
     * that employer's HR would count their certificates). Trainers enroll existing accounts by e-mail;
     * the enrollment report names the unknown ones for an administrator to create or import.
     */
    void checkMayCreate(Caller actor, Set<Role> roles) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("problem.user.onlyAdminsCreate");
        }
    }

    /** The user themself, ADMIN, or HR whose organization contains the user's organization. */
    void checkMayRead(Caller actor, UUID userId, UUID userOrganizationId) {
        if (actor.isAdmin() || userId.equals(actor.userId())) {
            return;
        }
        if (actor.has(Role.HR) && organizations.isWithin(userOrganizationId, actor.organizationId())) {
            return;
        }
        throw new ForbiddenException("problem.user.outside");
    }

    void checkMayAdminister(Caller actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("problem.user.onlyAdminsChange");
        }
    }
}
