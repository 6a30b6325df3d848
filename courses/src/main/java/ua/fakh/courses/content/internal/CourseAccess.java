package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.LearnerAccess;

import java.util.UUID;

/** Who may edit a course and who may read its published lessons: the rules in one place. */
@Singleton
class CourseAccess {
    private final CourseRepository courses;
    private final TrainerRepository trainers;
    /** Lazy: the enrollment package answers it, and itself needs the course door. */
    private final Provider<LearnerAccess> learners;

    CourseAccess(CourseRepository courses, TrainerRepository trainers, Provider<LearnerAccess> learners) {
        this.courses = courses;
        this.trainers = trainers;
        this.learners = learners;
    }

    CourseRow course(UUID courseId) {
        return courses.findById(courseId).orElseThrow(() -> new NotFoundException("problem.course.notFound"));
    }

    /**
     * Administrators, and trainers on the course's trainer list who still hold the TRAINER role: a
     * trainer demoted to learner loses the course at once, even before anyone edits the list.
     */
    boolean mayEdit(UUID courseId, @Nullable Caller caller) {
        if (caller == null) {
            return false;
        }
        return caller.isAdmin() || caller.has(Role.TRAINER) && trainers.existsByCourseIdAndUserId(courseId, caller.userId());
    }

    /** The course row, when the caller trains it; 403 otherwise (404 when there is no such course). */
    CourseRow requireEditable(UUID courseId, Caller caller) {
        CourseRow row = course(courseId);
        if (!mayEdit(courseId, caller)) {
            throw new ForbiddenException("problem.course.changeTrainersOnly");
        }
        return row;
    }

    /** Whether the outline of a course is visible: published at least once (archived ones stay readable by URL). */
    boolean isVisible(CourseRow row, @Nullable Caller caller) {
        return row.publishedVersion() > 0 || mayEdit(row.id(), caller);
    }

    /** Lessons and materials of the published version: enrolled learners, trainers, or anyone for a public preview. */
    boolean mayReadLessons(CourseRow row, @Nullable Caller caller) {
        if (mayEdit(row.id(), caller)) {
            return true;
        }
        if (row.publishedVersion() == 0) {
            return false;
        }
        if (row.publicPreview() && row.status() != CourseStatus.ARCHIVED) {
            return true;
        }
        return caller != null && learners.get().isEnrolled(row.id(), caller.userId());
    }
}
