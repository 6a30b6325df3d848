package ua.fakh.courses.enrollment.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.BulkChange;
import ua.fakh.courses.enrollment.BulkSelection;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A trainer's bulk due date and bulk withdrawal. The selection is checked whole before anything is
 * written (an enrollment of another course refuses all), and the unit of work is one transaction, so
 * a refused request leaves nothing half done. The caller checked that the trainer teaches the course.
 */
@Singleton
class BulkChanges {
    private final EnrollmentRepository rows;
    private final CohortRepository cohorts;
    private final AuditLog audit;
    private final Withdrawal withdrawal;

    BulkChanges(EnrollmentRepository rows, CohortRepository cohorts, AuditLog audit, Withdrawal withdrawal) {
        this.rows = rows;
        this.cohorts = cohorts;
        this.audit = audit;
        this.withdrawal = withdrawal;
    }

    @Transactional
    BulkChange setDue(UUID courseId, BulkSelection selection, Caller trainer) {
        List<EnrollmentRow> chosen = selected(courseId, selection);
        int changed = 0;
        for (EnrollmentRow row : chosen) {
            if (!Objects.equals(row.dueAt(), selection.dueAt())) {
                rows.updateDueAt(row.id(), selection.dueAt());
                changed++;
            }
        }
        audit.record(trainer, "ENROLLMENTS_DUE_SET", "course", courseId, Map.of("changed", changed,
                "dueAt", selection.dueAt() == null ? "" : selection.dueAt().toString()));
        return new BulkChange(changed, chosen.size() - changed);
    }

    @Transactional
    BulkChange withdraw(UUID courseId, BulkSelection selection, Caller trainer) {
        List<EnrollmentRow> chosen = selected(courseId, selection);
        int changed = 0;
        for (EnrollmentRow row : chosen) {
            if (row.status() != EnrollmentStatus.ACTIVE) {
                continue; // a completed enrollment stays completed; a withdrawn one is withdrawn already
            }
            withdrawal.withdraw(row);
            audit.record(trainer, "ENROLLMENT_WITHDRAWN", "enrollment", row.id(), Map.of("courseId", courseId, "bulk", true));
            changed++;
        }
        return new BulkChange(changed, chosen.size() - changed);
    }

    /** The selected enrollments, each once; refuses an empty selection and anything not of this course. */
    private List<EnrollmentRow> selected(UUID courseId, BulkSelection selection) {
        List<UUID> ids = selection.enrollmentIds() == null ? List.of() : selection.enrollmentIds();
        if (ids.isEmpty() && selection.cohortId() == null) {
            throw ValidationException.of("enrollmentIds", "problem.field.selectLearners");
        }
        Map<UUID, EnrollmentRow> chosen = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        for (UUID id : ids) {
            var row = id == null ? java.util.Optional.<EnrollmentRow>empty() : rows.findById(id);
            if (row.isPresent() && row.get().courseId().equals(courseId)) {
                chosen.put(id, row.get());
            } else if (problems.isEmpty()) {
                problems.add(new FieldError("enrollmentIds", "problem.field.notOfThisCourse"));
            }
        }
        boolean cohortOfCourse = selection.cohortId() == null
                || cohorts.findById(selection.cohortId()).filter(c -> c.courseId().equals(courseId)).isPresent();
        if (!cohortOfCourse) {
            problems.add(new FieldError("cohortId", "problem.field.noSuchCohort"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (selection.cohortId() != null) {
            rows.findByCohortId(selection.cohortId()).forEach(r -> chosen.putIfAbsent(r.id(), r));
        }
        return new ArrayList<>(chosen.values());
    }
}
