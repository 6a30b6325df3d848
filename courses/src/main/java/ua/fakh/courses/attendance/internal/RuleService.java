package ua.fakh.courses.attendance.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.attendance.AttendanceRule;
import ua.fakh.courses.attendance.AttendanceRules;
import ua.fakh.courses.content.CourseRecords;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

@Singleton
class RuleService implements AttendanceRules {
    private final RuleRepository rules;
    private final CourseRecords courses;
    private final AuditLog audit;
    private final Clock clock;

    RuleService(RuleRepository rules, CourseRecords courses, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.courses = courses;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AttendanceRule get(UUID courseId, Caller trainer) {
        requireTrainer(courseId, trainer);
        return ruleOf(courseId);
    }

    @Override
    @Transactional
    public AttendanceRule set(UUID courseId, @Nullable Integer presentPercent, Caller trainer) {
        requireTrainer(courseId, trainer);
        if (presentPercent == null || presentPercent < 1 || presentPercent > 100) {
            throw ValidationException.of("presentPercent", "problem.field.attendanceRulePercent");
        }
        var before = rules.findById(courseId);
        RuleRow row = new RuleRow(courseId, presentPercent, trainer.userId(), clock.instant());
        if (before.isPresent()) {
            rules.update(row);
        } else {
            rules.save(row);
        }
        audit.record(trainer, "ATTENDANCE_RULE_SET", "course", courseId, Map.of("presentPercent", presentPercent,
                "before", before.map(b -> String.valueOf(b.presentPercent())).orElse("")));
        return new AttendanceRule(courseId, presentPercent, false);
    }

    /** The rule in force, without an access check (the caller decided access). */
    AttendanceRule ruleOf(UUID courseId) {
        return rules.findById(courseId).map(r -> new AttendanceRule(courseId, r.presentPercent(), false))
                .orElse(new AttendanceRule(courseId, AttendanceRule.DEFAULT_PERCENT, true));
    }

    void requireTrainer(UUID courseId, Caller trainer) {
        if (!courses.mayEdit(courseId, trainer)) {
            throw new ForbiddenException("problem.attendance.trainersOnly");
        }
        courses.publishedVersion(courseId); // 404 for a course that does not exist (an administrator may name any id)
    }
}
