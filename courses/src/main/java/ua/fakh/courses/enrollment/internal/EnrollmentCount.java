package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** How many enrollments (of any status) a course has: a row of {@link EnrollmentRepository#countByCourses}. */
@Introspected
record EnrollmentCount(UUID courseId, long enrollments) {
}
