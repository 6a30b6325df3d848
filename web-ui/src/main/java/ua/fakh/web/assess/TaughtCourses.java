package ua.fakh.web.assess;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;

import java.util.UUID;

/** Opens a course for one of its trainers' pages; anyone else gets the 403 page. */
@Singleton
class TaughtCourses {
    private final CourseCatalog catalog;
    private final CourseRecords records;

    TaughtCourses(CourseCatalog catalog, CourseRecords records) {
        this.catalog = catalog;
        this.records = records;
    }

    TaughtCourse open(UUID courseId, Caller caller, PageContext ctx) {
        if (!records.mayEdit(courseId, caller)) {
            throw new ForbiddenException("Only the course's trainers manage it");
        }
        CourseView course = catalog.get(courseId, caller);
        return new TaughtCourse(courseId, Texts.title(ctx, course.title(), course.titleEn()));
    }
}
