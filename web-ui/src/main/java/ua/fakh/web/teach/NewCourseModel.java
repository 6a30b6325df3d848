package ua.fakh.web.teach;

import ua.fakh.core.organizations.OrganizationView;

import java.util.List;
import java.util.Map;

/** The new-course page: the form as typed, its errors by field, and the providers to choose from. */
public record NewCourseModel(CourseForm form, Map<String, String> errors, List<OrganizationView> providers) {
}
