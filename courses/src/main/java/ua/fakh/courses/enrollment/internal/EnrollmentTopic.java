package ua.fakh.courses.enrollment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.NoticeTopic;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.util.UUID;

/** A message about an enrolment (enrolled, a due date) is sent only while the enrolment was not withdrawn. */
@Singleton
class EnrollmentTopic implements NoticeTopic {
    private final EnrollmentRepository enrollments;

    EnrollmentTopic(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public String name() {
        return ua.fakh.courses.enrollment.Enrollments.NOTICE_TOPIC;
    }

    @Override
    public boolean stillHolds(UUID id) {
        return enrollments.findById(id).map(row -> row.status() != EnrollmentStatus.WITHDRAWN).orElse(false);
    }
}
