package ua.fakh.web.teach;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseRecords;

import java.util.UUID;

/**
 * The trainer pages (editor, enrolments, cohorts, questions, grades, certificates) open only courses
 * the caller trains: the one place web-ui says so. {@link CourseCatalog#get} would show another
 * trainer the published version (as to any learner), so the editor asks first and answers 403.
 */
@Singleton
public class TeachAccess {
    private final CourseCatalog catalog;
    private final CourseRecords records;

    TeachAccess(CourseCatalog catalog, CourseRecords records) {
        this.catalog = catalog;
        this.records = records;
    }

    /** The working copy of a course the caller trains; 403 otherwise (404 when there is no such course). */
    public CourseView editable(UUID courseId, Caller caller) {
        if (!records.mayEdit(courseId, caller)) {
            throw new ForbiddenException("problem.course.editTrainersOnly");
        }
        return catalog.get(courseId, caller);
    }
}
