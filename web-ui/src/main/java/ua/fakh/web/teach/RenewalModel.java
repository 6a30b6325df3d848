package ua.fakh.web.teach;

import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.RenewalView;

import java.util.List;
import java.util.Map;

/** The renewal-course form: the course, the published courses to choose from, the chosen id ("" for none), errors by field. */
public record RenewalModel(CourseView course, List<RenewalView.Course> choices, String selected, Map<String, String> errors,
                           boolean saved) {

    public String base() {
        return "/teach/courses/" + course.id();
    }
}
