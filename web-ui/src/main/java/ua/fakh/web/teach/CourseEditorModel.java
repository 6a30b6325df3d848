package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.spi.MaterialInfo;

import java.util.List;
import java.util.Map;

/**
 * The course editor: the working copy, the description form as typed with its errors by field
 * ({@code sections} and {@code lessons.<id>} come from a refused publish, {@code newSection},
 * {@code section.<id>} and {@code upload} from the forms of their parts), the course's files and
 * the lesson types a trainer can add.
 */
public record CourseEditorModel(CourseView course, LessonTypes typeNames, CourseForm form, Map<String, String> errors,
                                List<OrganizationView> providers, List<MaterialInfo> materials, List<String> lessonTypes,
                                long maxDocumentBytes, long maxMediaBytes, @Nullable String notice) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public boolean archived() {
        return course.status() == CourseStatus.ARCHIVED;
    }

    /** Errors no field of the description form shows (a refused publish, say), to list above it. */
    public List<String> otherErrors() {
        return errors.entrySet().stream().filter(e -> !CourseEditorModel.FORM_FIELDS.contains(e.getKey()))
                .filter(e -> !e.getKey().equals("newSection") && !e.getKey().startsWith("section.") && !e.getKey().equals("upload"))
                .map(Map.Entry::getValue).toList();
    }

    static final List<String> FORM_FIELDS = List.of("title", "titleEn", "summary", "summaryEn", "hours", "ectsCredits",
            "outcomes", "competences", "language", "providerId", "tags", "enrollmentPolicy", "enrollmentKey",
            "certificateValidityMonths", "publicPreview");
}
