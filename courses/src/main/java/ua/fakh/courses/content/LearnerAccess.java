package ua.fakh.courses.content;

import java.util.UUID;

/** Whether a learner may read a course's lessons, and what reading one means; answered by the enrollment package. */
public interface LearnerAccess {

    boolean isEnrolled(UUID courseId, UUID userId);

    /** An enrolled learner opened a lesson: remember it for "resume", and mark it done where its type says so. */
    void lessonOpened(UUID courseId, UUID userId, UUID lessonId);
}
