package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.Courses;
import ua.fakh.courses.content.LearnerAccess;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class EnrollmentService implements Enrollments, LearnerAccess {
    private final EnrollmentRepository rows;
    private final jakarta.inject.Provider<Courses> courses;
    private final AuditLog audit;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository rows, jakarta.inject.Provider<Courses> courses, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.courses = courses;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public EnrollmentView enrolSelf(UUID courseId, @Nullable String key, Caller learner) {
        CourseView course = courses.get().published(courseId, learner);
        var existing = rows.findByCourseIdAndUserId(courseId, learner.userId());
        if (existing.isPresent() && existing.get().status() != EnrollmentStatus.WITHDRAWN) {
            return existing.get().view();
        }
        if (course.status() == CourseStatus.ARCHIVED) {
            throw new ConflictException("This course is archived and takes no new learners");
        }
        switch (course.enrollmentPolicy()) {
            case OPEN -> { }
            case KEY -> {
                if (!courses.get().enrollmentKeyMatches(courseId, key)) {
                    throw new ForbiddenException("The enrolment key is not right");
                }
            }
            case TRAINER -> throw new ForbiddenException("The trainer enrols learners in this course");
        }
        if (existing.isPresent()) {
            rows.update(new EnrollmentRow(existing.get().id(), courseId, learner.userId(), EnrollmentStatus.ACTIVE,
                    clock.instant(), null));
        } else {
            rows.insertIfAbsent(Ids.newId(), courseId, learner.userId(), clock.instant());
        }
        EnrollmentRow row = rows.findByCourseIdAndUserId(courseId, learner.userId()).orElseThrow();
        audit.record(learner, "ENROLLED", "enrollment", row.id(), Map.of("courseId", courseId, "self", true));
        return row.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrollmentView> mine(Caller learner) {
        return rows.findByUserIdOrderByEnrolledAtDesc(learner.userId()).stream().map(EnrollmentRow::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEnrolled(UUID courseId, UUID userId) {
        return rows.existsByCourseIdAndUserIdAndStatusNotEqual(courseId, userId, EnrollmentStatus.WITHDRAWN);
    }

}
