package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.web.page.Pager;

import java.util.List;

/**
 * {@code /teach}: the courses the trainer trains (a page of them), the providers an imported
 * package may go under, and the problems of a package that was refused (entry and reason each).
 */
public record TaughtCoursesModel(List<Row> courses, Pager pager, List<OrganizationView> providers,
                                 List<FieldError> importProblems, @Nullable String importError) {

    /** A course and how many people are enrolled in it. */
    public record Row(CourseSummary course, long enrollments) {
    }
}
