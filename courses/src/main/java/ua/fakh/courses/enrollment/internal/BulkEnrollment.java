package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.CsvLines;
import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A trainer enrolls a group after an in-person session: by user ids or a list of e-mails. Each row
 * succeeds or is reported on its own; enrolling someone already enrolled is counted, not an error.
 */
@Singleton
class BulkEnrollment {
    static final int MAX_ROWS = 5_000;

    private final Users users;
    private final EnrollmentRepository rows;
    private final CohortRepository cohorts;
    private final AuditLog audit;

    BulkEnrollment(Users users, EnrollmentRepository rows, CohortRepository cohorts, AuditLog audit) {
        this.users = users;
        this.rows = rows;
        this.cohorts = cohorts;
        this.audit = audit;
    }

    @Transactional
    public EnrollmentReport byIds(UUID courseId, List<UUID> userIds, @Nullable UUID cohortId, @Nullable Instant dueAt,
                                  Caller trainer, EnrollmentService enrollments) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < userIds.size(); i++) {
            UUID id = userIds.get(i);
            candidates.add(new Candidate(i + 1, String.valueOf(id), id == null ? Optional.empty() : users.find(id), null));
        }
        return run(courseId, candidates, cohortId, dueAt, trainer, enrollments);
    }

    @Transactional
    public EnrollmentReport byEmails(UUID courseId, String csv, @Nullable UUID cohortId, @Nullable Instant dueAt,
                                     Caller trainer, EnrollmentService enrollments) {
        List<Candidate> candidates = new ArrayList<>();
        for (CsvLines.Row row : CsvLines.parse(csv)) {
            String email = row.field(0);
            if (row.line() == 1 && email.equalsIgnoreCase("email")) {
                continue;
            }
            if (NulCharacter.inAny(row.fields())) {
                candidates.add(new Candidate(row.line(), email.replace('\0', ' '), Optional.empty(), NulCharacter.MESSAGE));
                continue;
            }
            candidates.add(new Candidate(row.line(), email, users.findByEmail(email), null));
        }
        return run(courseId, candidates, cohortId, dueAt, trainer, enrollments);
    }

    private EnrollmentReport run(UUID courseId, List<Candidate> candidates, @Nullable UUID cohortId, @Nullable Instant dueAt,
                                 Caller trainer, EnrollmentService enrollments) {
        if (candidates.size() > MAX_ROWS) {
            throw ua.fakh.core.errors.ValidationException.of("userIds", "at most " + MAX_ROWS + " at once");
        }
        Instant due = dueAt;
        if (cohortId != null) {
            CohortRow cohort = cohorts.findById(cohortId).filter(c -> c.courseId().equals(courseId))
                    .orElseThrow(() -> ua.fakh.core.errors.ValidationException.of("cohortId", "no such cohort in this course"));
            due = due == null ? cohort.dueAt() : due;
        }
        int enrolled = 0;
        int already = 0;
        List<EnrollmentReport.RowError> errors = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.user().isEmpty()) {
                errors.add(new EnrollmentReport.RowError(candidate.line(), candidate.value(),
                        candidate.problem() != null ? candidate.problem() : "no such user"));
                continue;
            }
            UserView user = candidate.user().get();
            if (user.status() != UserStatus.ACTIVE) {
                errors.add(new EnrollmentReport.RowError(candidate.line(), candidate.value(), "the account is disabled"));
                continue;
            }
            if (!user.roles().contains(Role.LEARNER)) {
                errors.add(new EnrollmentReport.RowError(candidate.line(), candidate.value(), "not a learner"));
                continue;
            }
            var existing = rows.findByCourseIdAndUserId(courseId, user.id());
            if (existing.isPresent() && existing.get().status() != EnrollmentStatus.WITHDRAWN
                    && (cohortId == null || cohortId.equals(existing.get().cohortId()))) {
                already++;
                continue;
            }
            if (existing.isPresent() && existing.get().status() == EnrollmentStatus.ACTIVE && cohortId != null) {
                EnrollmentRow row = existing.get();
                rows.update(new EnrollmentRow(row.id(), row.courseId(), row.userId(), row.status(), row.enrolledAt(),
                        row.completedAt(), due, cohortId, row.lastLessonId(), row.enrolledBy(), row.completedVersion()));
                already++;
                continue;
            }
            EnrollmentRow row = enrollments.enroll(courseId, user.id(), cohortId, due, trainer.userId());
            audit.record(trainer, "ENROLLED", "enrollment", row.id(), Map.of("courseId", courseId, "userId", user.id()));
            enrolled++;
        }
        return new EnrollmentReport(enrolled, already, errors);
    }

    /** {@code problem}: why the row names nobody, when it is not simply an unknown user. */
    private record Candidate(int line, String value, Optional<UserView> user, @Nullable String problem) {
    }
}
