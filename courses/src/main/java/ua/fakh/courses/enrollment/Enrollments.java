package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.UUID;

/** Who takes which course. Enrolling twice gives the same enrolment (a double click, a retry). */
public interface Enrollments {

    /** The caller enrols themself: open courses, or with the course's key. */
    EnrollmentView enrolSelf(UUID courseId, @Nullable String key, Caller learner);

    List<EnrollmentView> mine(Caller learner);
}
