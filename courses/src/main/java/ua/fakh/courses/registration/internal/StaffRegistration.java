package ua.fakh.courses.registration.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.registration.BulkRegistrationReport;
import ua.fakh.courses.registration.BulkRegistrationReport.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * HR registers several of its staff at once, in the order given: each line gets a seat, a place on the
 * waiting list, or a reason. People outside the caller's organisation subtree (an administrator's is
 * the whole installation) are refused line by line; runs inside the caller's locked transaction.
 */
@Singleton
class StaffRegistration {
    static final int MAX_LINES = 5_000;

    private final Seating seating;
    private final Users users;
    private final Organizations organizations;
    private final AuditLog audit;

    StaffRegistration(Seating seating, Users users, Organizations organizations, AuditLog audit) {
        this.seating = seating;
        this.users = users;
        this.organizations = organizations;
        this.audit = audit;
    }

    BulkRegistrationReport register(RegistrationRow registration, UUID courseId, List<UUID> userIds, Caller hr) {
        if (userIds.isEmpty()) {
            throw ValidationException.of("userIds", "problem.field.required");
        }
        if (userIds.size() > MAX_LINES) {
            throw ValidationException.of("userIds", "problem.field.atMost5000");
        }
        Map<UUID, UserView> people = users.findAll(userIds.stream().filter(java.util.Objects::nonNull).toList());
        List<Line> lines = new ArrayList<>();
        int seated = 0;
        int waiting = 0;
        for (int i = 0; i < userIds.size(); i++) {
            UUID id = userIds.get(i);
            String refusal = refusal(id == null ? Optional.empty() : Optional.ofNullable(people.get(id)), hr);
            if (refusal == null) {
                Seating.Outcome outcome = seating.place(registration, courseId, id, hr.userId());
                refusal = outcome.refusal();
                if (refusal == null) {
                    var standing = outcome.standing();
                    String reason = outcome.fresh() ? null : "problem.registration.line.alreadyRegistered";
                    lines.add(new Line(i + 1, String.valueOf(id), standing.state().name(), standing.position(), reason, reason));
                    if (outcome.fresh()) {
                        seated += standing.position() == null ? 1 : 0;
                        waiting += standing.position() == null ? 0 : 1;
                        audit.record(hr, "REGISTERED", "cohort", registration.cohortId(),
                                Map.of("userId", id, "state", standing.state().name()));
                    }
                    continue;
                }
            }
            lines.add(new Line(i + 1, String.valueOf(id), "REFUSED", null, refusal, refusal));
        }
        int refused = (int) lines.stream().filter(l -> l.outcome().equals("REFUSED")).count();
        return new BulkRegistrationReport(seated, waiting, refused, lines);
    }

    /** Why this person may not be registered by this caller (a bundle key), or null when they may. */
    @Nullable
    private String refusal(Optional<UserView> person, Caller hr) {
        if (person.isEmpty()) {
            return "problem.registration.line.noSuchUser";
        }
        UserView user = person.get();
        if (!hr.isAdmin() && (hr.organizationId() == null || user.organizationId() == null
                || !organizations.isWithin(user.organizationId(), hr.organizationId()))) {
            return "problem.registration.line.outsideScope";
        }
        if (user.status() != UserStatus.ACTIVE) {
            return "problem.registration.line.disabled";
        }
        return user.roles().contains(Role.LEARNER) ? null : "problem.registration.line.notALearner";
    }
}
