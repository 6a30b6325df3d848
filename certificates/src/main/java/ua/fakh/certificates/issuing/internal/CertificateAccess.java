package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.Users;
import ua.fakh.courses.content.CourseRecords;

/** Who may see or change a certificate: its holder, the course's trainers, HR above the holder, administrators. */
@Singleton
class CertificateAccess {
    private final CourseRecords courses;
    private final Users users;
    private final Organizations organizations;

    CertificateAccess(CourseRecords courses, Users users, Organizations organizations) {
        this.courses = courses;
        this.users = users;
        this.organizations = organizations;
    }

    void checkRead(CertificateRow row, Caller caller) {
        if (caller.isAdmin() || row.userId().equals(caller.userId()) || courses.mayEdit(row.courseId(), caller)) {
            return;
        }
        if (caller.has(Role.HR) && users.find(row.userId())
                .map(u -> organizations.isWithin(u.organizationId(), caller.organizationId())).orElse(false)) {
            return;
        }
        throw new ForbiddenException("problem.certificate.outsideYours");
    }

    /** Revoking and re-issuing: the course's trainers and administrators. */
    void checkManage(CertificateRow row, Caller caller) {
        if (!caller.isAdmin() && !courses.mayEdit(row.courseId(), caller)) {
            throw new ForbiddenException("problem.certificate.revokeTrainersOnly");
        }
    }

    /** HR of that organization's subtree, or ADMIN. */
    void checkOrganization(java.util.UUID organizationId, Caller caller) {
        organizations.get(organizationId);
        if (caller.isAdmin()) {
            return;
        }
        if (caller.has(Role.HR) && organizations.isWithin(organizationId, caller.organizationId())) {
            return;
        }
        throw new ForbiddenException("problem.certificate.organizationOutsideYours");
    }
}
