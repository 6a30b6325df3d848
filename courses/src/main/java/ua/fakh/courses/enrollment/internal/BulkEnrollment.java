package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.CsvLines;
import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.EnrollmentReport.RowError;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A trainer enrolls a group after an in-person session: by user ids, a pasted list of addresses or a
 * CSV file. Each entry succeeds or is reported on its own; enrolling someone already enrolled is
 * reported, not an error. A cohort's due date is never copied into its members: the enrollment's own
 * date is set only when the trainer gives one here, so a later change of the cohort's date reaches
 * everyone else.
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
            candidates.add(new Candidate(i + 1, String.valueOf(id), id == null ? Optional.empty() : users.find(id),
                    "problem.enrol.noSuchUserId"));
        }
        return run(courseId, "userIds", candidates, cohortId, dueAt, trainer, enrollments);
    }

    /** A pasted list: any separator, {@code Name <email>} forms (see {@link AddressList}). */
    @Transactional
    public EnrollmentReport byList(UUID courseId, String text, @Nullable UUID cohortId, @Nullable Instant dueAt,
                                   Caller trainer, EnrollmentService enrollments) {
        if (NulCharacter.in(text)) {
            throw ValidationException.of("emails", "problem.nul");
        }
        return run(courseId, "emails", candidates(AddressList.parse(text)), cohortId, dueAt, trainer, enrollments);
    }

    /** A CSV file: the addresses are in the first column (a header {@code email} is skipped). */
    @Transactional
    public EnrollmentReport byCsv(UUID courseId, String csv, @Nullable UUID cohortId, @Nullable Instant dueAt,
                                  Caller trainer, EnrollmentService enrollments) {
        List<AddressList.Entry> entries = new ArrayList<>();
        for (CsvLines.Row row : CsvLines.parse(csv)) {
            String first = row.field(0);
            if (row.line() == 1 && first.equalsIgnoreCase("email")) {
                continue;
            }
            if (NulCharacter.inAny(row.fields())) {
                entries.add(new AddressList.Entry(row.line(), first.replace('\0', ' '), null, "problem.nul"));
                continue;
            }
            entries.addAll(AddressList.parse(first, row.line()));
        }
        return run(courseId, "emails", candidates(entries), cohortId, dueAt, trainer, enrollments);
    }

    private List<Candidate> candidates(List<AddressList.Entry> entries) {
        return entries.stream().map(e -> e.address() == null
                ? new Candidate(e.line(), e.value(), Optional.empty(), e.problem())
                : new Candidate(e.line(), e.value(), users.findByEmail(e.address()), "problem.enrol.noSuchUser")).toList();
    }

    private EnrollmentReport run(UUID courseId, String field, List<Candidate> candidates, @Nullable UUID cohortId,
                                 @Nullable Instant dueAt, Caller trainer, EnrollmentService enrollments) {
        if (candidates.size() > MAX_ROWS) {
            throw ValidationException.of(field, "problem.field.atMost5000");
        }
        if (cohortId != null && cohorts.findById(cohortId).filter(c -> c.courseId().equals(courseId)).isEmpty()) {
            throw ValidationException.of("cohortId", "problem.field.noSuchCohort");
        }
        int enrolled = 0;
        int already = 0;
        List<RowError> errors = new ArrayList<>();
        List<RowError> unchanged = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            String refusal = refusal(candidate);
            if (refusal != null) {
                errors.add(candidate.report(refusal));
                continue;
            }
            UserView user = candidate.user().orElseThrow();
            if (!seen.add(user.id())) {
                unchanged.add(candidate.report("problem.enrol.listedTwice"));
                continue;
            }
            var existing = rows.findByCourseIdAndUserId(courseId, user.id());
            if (existing.isPresent() && existing.get().status() != EnrollmentStatus.WITHDRAWN
                    && (cohortId == null || cohortId.equals(existing.get().cohortId()))) {
                already++;
                unchanged.add(candidate.report("problem.enrol.alreadyEnrolled"));
                continue;
            }
            if (existing.isPresent() && existing.get().status() == EnrollmentStatus.ACTIVE) {
                EnrollmentRow row = existing.get(); // moves into the cohort, keeping a date of their own unless a new one is given
                rows.update(new EnrollmentRow(row.id(), row.courseId(), row.userId(), row.status(), row.enrolledAt(),
                        row.completedAt(), dueAt != null ? dueAt : row.dueAt(), cohortId, row.lastLessonId(), row.enrolledBy(),
                        row.completedVersion()));
                already++;
                unchanged.add(candidate.report("problem.enrol.movedToCohort"));
                continue;
            }
            EnrollmentRow row = enrollments.enroll(courseId, user.id(), cohortId, dueAt, trainer.userId());
            audit.record(trainer, "ENROLLED", "enrollment", row.id(), Map.of("courseId", courseId, "userId", user.id()));
            enrolled++;
        }
        return new EnrollmentReport(enrolled, already, errors, unchanged);
    }

    /** Why this entry cannot be enrolled (a bundle key), or null when it can. */
    @Nullable
    private static String refusal(Candidate candidate) {
        if (candidate.user().isEmpty()) {
            return candidate.problem();
        }
        UserView user = candidate.user().get();
        if (user.status() != UserStatus.ACTIVE) {
            return "problem.enrol.disabled";
        }
        return user.roles().contains(Role.LEARNER) ? null : "problem.enrol.notALearner";
    }

    /** {@code problem}: why the entry names nobody, when it names nobody. */
    private record Candidate(int line, String value, Optional<UserView> user, String problem) {
        RowError report(String reason) {
            return new RowError(line, value, reason, reason);
        }
    }
}
