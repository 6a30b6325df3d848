package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.courses.enrollment.CohortPlaces;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class CohortPlacesService implements CohortPlaces {
    private final CohortRepository cohorts;
    private final EnrollmentRepository rows;
    private final EnrollmentService enrollments;
    private final CohortService cohortViews;
    private final EnrollmentViews views;
    private final Withdrawal withdrawal;

    CohortPlacesService(CohortRepository cohorts, EnrollmentRepository rows, EnrollmentService enrollments,
                        CohortService cohortViews, EnrollmentViews views, Withdrawal withdrawal) {
        this.withdrawal = withdrawal;
        this.cohorts = cohorts;
        this.rows = rows;
        this.enrollments = enrollments;
        this.cohortViews = cohortViews;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CohortView> cohort(UUID cohortId) {
        return cohorts.findById(cohortId).map(cohortViews::view);
    }

    @Override
    @Transactional(readOnly = true)
    public int seatsTaken(UUID cohortId) {
        return (int) rows.findByCohortId(cohortId).stream().filter(r -> r.status() != EnrollmentStatus.WITHDRAWN).count();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrollmentView> members(UUID cohortId) {
        return views.views(rows.findByCohortId(cohortId).stream()
                .filter(r -> r.status() != EnrollmentStatus.WITHDRAWN)
                .sorted(java.util.Comparator.comparing(EnrollmentRow::enrolledAt).thenComparing(EnrollmentRow::id)).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(UUID cohortId, UUID userId) {
        CohortRow cohort = cohorts.findById(cohortId).orElseThrow();
        return rows.findByCourseIdAndUserId(cohort.courseId(), userId).flatMap(row -> {
            if (row.status() == EnrollmentStatus.WITHDRAWN || cohortId.equals(row.cohortId())) {
                return Optional.empty();
            }
            if (row.status() == EnrollmentStatus.COMPLETED) {
                return Optional.of("problem.registration.courseCompleted");
            }
            return row.cohortId() == null ? Optional.empty() : Optional.of("problem.registration.inAnotherCohort");
        });
    }

    @Override
    @Transactional
    public EnrollmentView seat(UUID cohortId, UUID userId, @Nullable UUID by) {
        CohortRow cohort = cohorts.findById(cohortId).orElseThrow();
        var existing = rows.findByCourseIdAndUserId(cohort.courseId(), userId);
        if (existing.isPresent() && existing.get().status() == EnrollmentStatus.ACTIVE && existing.get().cohortId() == null) {
            EnrollmentRow row = existing.get(); // enrolled in the course alone: the place moves them into the cohort
            return views.view(rows.update(new EnrollmentRow(row.id(), row.courseId(), row.userId(), row.status(),
                    row.enrolledAt(), row.completedAt(), row.dueAt(), cohortId, row.lastLessonId(), row.enrolledBy(),
                    row.completedVersion())));
        }
        EnrollmentRow row = enrollments.enroll(cohort.courseId(), userId, cohortId, null, by);
        return views.view(row);
    }

    @Override
    @Transactional
    public boolean release(UUID cohortId, UUID userId, @Nullable UUID by) {
        CohortRow cohort = cohorts.findById(cohortId).orElseThrow();
        var row = rows.findByCourseIdAndUserId(cohort.courseId(), userId)
                .filter(r -> r.status() == EnrollmentStatus.ACTIVE && cohortId.equals(r.cohortId()));
        row.ifPresent(withdrawal::withdraw);
        return row.isPresent();
    }
}
