package ua.fakh.web.teach;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.Courses;

import java.util.UUID;

/**
 * The trainer pages open only courses the caller trains. {@link Courses#get} would show another
 * trainer the published version (as to any learner), so the editor asks first and answers 403.
 */
@Singleton
class TeachAccess {
    private final Courses courses;

    TeachAccess(Courses courses) {
        this.courses = courses;
    }

    /** The working copy of a course the caller trains; 403 otherwise (404 when there is no such course). */
    CourseView editable(UUID courseId, Caller caller) {
        if (!courses.mayEdit(courseId, caller)) {
            throw new ForbiddenException("Only the course's trainers may edit it");
        }
        return courses.get(courseId, caller);
    }
}
