package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.GradeOverrides;
import ua.fakh.courses.assessment.Gradebook;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class GradeOverrideService implements GradeOverrides {
    static final int MAX_REASON = 1000;

    private final GradeOverrideRepository overrides;
    private final Enrollments enrollments;
    private final CourseRecords courses;
    private final AuditLog audit;
    private final Clock clock;

    GradeOverrideService(GradeOverrideRepository overrides, Enrollments enrollments, CourseRecords courses, AuditLog audit,
                         Clock clock) {
        this.overrides = overrides;
        this.enrollments = enrollments;
        this.courses = courses;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Gradebook.Override set(UUID enrollmentId, @Nullable Double percent, @Nullable String reason, Caller trainer) {
        EnrollmentView enrollment = trainerOf(enrollmentId, trainer);
        List<FieldError> errors = new ArrayList<>();
        if (percent == null || percent.isNaN() || percent < 0 || percent > 100) {
            errors.add(new FieldError("percent", "problem.field.overridePercent"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "problem.field.overrideReason"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        GradeOverrideRow row = new GradeOverrideRow(enrollmentId, BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP), why,
                trainer.userId(), clock.instant());
        var before = overrides.findById(enrollmentId);
        if (before.isPresent()) {
            overrides.update(row);
        } else {
            overrides.save(row);
        }
        audit.record(trainer, "GRADE_OVERRIDDEN", "enrollment", enrollmentId, Map.of("courseId", enrollment.courseId(),
                "percent", row.percent().toPlainString(), "reason", why,
                "before", before.map(b -> b.percent().toPlainString()).orElse("")));
        return view(row);
    }

    @Override
    @Transactional
    public void clear(UUID enrollmentId, Caller trainer) {
        EnrollmentView enrollment = trainerOf(enrollmentId, trainer);
        overrides.findById(enrollmentId).ifPresent(row -> {
            overrides.delete(row);
            audit.record(trainer, "GRADE_OVERRIDE_CLEARED", "enrollment", enrollmentId,
                    Map.of("courseId", enrollment.courseId(), "before", row.percent().toPlainString()));
        });
    }

    static Gradebook.Override view(GradeOverrideRow row) {
        return new Gradebook.Override(row.percent().doubleValue(), row.reason(), row.overriddenBy(), row.overriddenAt());
    }

    private EnrollmentView trainerOf(UUID enrollmentId, Caller trainer) {
        EnrollmentView enrollment = enrollments.get(enrollmentId, trainer);
        if (!courses.mayEdit(enrollment.courseId(), trainer)) {
            throw new ForbiddenException("problem.grades.overrideTrainersOnly");
        }
        return enrollment;
    }
}
