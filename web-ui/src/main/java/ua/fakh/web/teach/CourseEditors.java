package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseOutlineAuthoring;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.MaterialSettings;
import ua.fakh.courses.content.Materials;

import java.util.Map;
import java.util.UUID;

/** Builds the course editor's model, for the page itself and for every form of it that comes back refused. */
@Singleton
class CourseEditors {
    private final TeachAccess access;
    private final CourseOutlineAuthoring courses;
    private final Materials materials;
    private final ProviderOptions providers;
    private final MaterialSettings limits;
    private final LessonTypes typeNames;

    CourseEditors(TeachAccess access, CourseOutlineAuthoring courses, Materials materials, ProviderOptions providers,
                  MaterialSettings limits, LessonTypes typeNames) {
        this.limits = limits;
        this.typeNames = typeNames;
        this.access = access;
        this.courses = courses;
        this.materials = materials;
        this.providers = providers;
    }

    CourseEditorModel model(UUID courseId, Caller caller, @Nullable String notice) {
        CourseView course = access.editable(courseId, caller);
        return model(course, CourseForm.of(course), Map.of(), caller, notice);
    }

    /** The editor with {@code errors} shown; {@code form} as the trainer typed it, or {@code null} for the saved values. */
    CourseEditorModel refused(UUID courseId, @Nullable CourseForm form, Map<String, String> errors, Caller caller) {
        CourseView course = access.editable(courseId, caller);
        return model(course, form == null ? CourseForm.of(course) : form, errors, caller, null);
    }

    private CourseEditorModel model(CourseView course, CourseForm form, Map<String, String> errors, Caller caller,
                                    @Nullable String notice) {
        return new CourseEditorModel(course, typeNames, form, errors, providers.of(caller), materials.list(course.id(), caller),
                courses.contentTypes(), limits.maxDocumentBytes(), limits.maxMediaBytes(), notice);
    }

}
