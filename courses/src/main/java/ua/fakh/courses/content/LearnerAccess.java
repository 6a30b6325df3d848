package ua.fakh.courses.content;

import java.util.UUID;

/** Whether a learner may read a course's lessons; answered by the enrolment package. */
public interface LearnerAccess {

    boolean isEnrolled(UUID courseId, UUID userId);
}
