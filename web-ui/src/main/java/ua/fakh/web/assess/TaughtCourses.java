package ua.fakh.web.assess;

import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.teach.TeachAccess;

import java.util.UUID;

/** Opens a course for one of its trainers' pages, as {@link TeachAccess} allows; anyone else gets the 403 page. */
@Singleton
class TaughtCourses {
    private final TeachAccess access;

    TaughtCourses(TeachAccess access) {
        this.access = access;
    }

    TaughtCourse open(UUID courseId, Caller caller, PageContext ctx) {
        CourseView course = access.editable(courseId, caller);
        return new TaughtCourse(courseId, Texts.title(ctx, course.title(), course.titleEn()));
    }
}
