package ua.fakh.web.teach;

import ua.fakh.web.page.FormIds;
import ua.fakh.web.learn.MaterialLinks;
import ua.fakh.web.page.FormErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseOutlineAuthoring;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.NewLesson;
import ua.fakh.courses.spi.ContentForm;
import ua.fakh.courses.spi.ContentFormFields;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/** Reads the lesson form and builds the lesson page of the editor, with the form of the lesson's type inside. */
@Singleton
class LessonPages {
    private final CourseOutlineAuthoring courses;
    private final Materials materials;
    private final LessonForms forms;
    private final JsonMapper json;
    private final LessonTypes typeNames;

    LessonPages(CourseOutlineAuthoring courses, Materials materials, LessonForms forms, JsonMapper json, LessonTypes typeNames) {
        this.courses = courses;
        this.materials = materials;
        this.forms = forms;
        this.json = json;
        this.typeNames = typeNames;
    }

    /** A lesson form as sent: where it goes, its titles, and its content read by {@link ContentFormFields}. */
    record Submitted(UUID sectionId, @Nullable UUID lessonId, String type, String title, String titleEn, boolean required,
                     Map<String, Object> content) {

        /** The same lesson where it already is, of the type it already has (an edit cannot move or retype it). */
        Submitted in(UUID section, String savedType) {
            return new Submitted(section, lessonId, savedType, title, titleEn, required, content);
        }

        NewLesson toNewLesson() {
            return new NewLesson(title.strip(), titleEn.isBlank() ? null : titleEn.strip(), type, content, required);
        }
    }

    Submitted submitted(Map<String, Object> form) {
        String jsonContent = ContentFormFields.single(form.get("c.json"));
        Map<String, Object> content = jsonContent.isBlank() ? ContentFormFields.content(form) : parse(jsonContent);
        return new Submitted(id(form, "sectionId"), optionalId(form, "lessonId"), field(form, "type"), field(form, "title"),
                field(form, "titleEn"), !field(form, "required").isEmpty(), content);
    }

    LessonPreview preview(UUID courseId, Submitted lesson, PageContext ctx, Caller caller) {
        try {
            String html = courses.preview(lesson.type(), lesson.content(), courseId, caller, ctx.locale());
            return new LessonPreview(MaterialLinks.forPages(html), Map.of());
        } catch (RuntimeException e) {
            if (!FormErrors.isFieldProblem(e)) {
                throw e;
            }
            return new LessonPreview(null, FormErrors.of(e, ctx, "teach.invalid."));
        }
    }

    ModelAndView<Map<String, Object>> page(CourseView course, UUID sectionId, @Nullable UUID lessonId, String type, String title,
                                           String titleEn, boolean required, Map<String, Object> content,
                                           Map<String, String> errors, @Nullable String previewHtml, PageContext ctx,
                                           Caller caller, HttpRequest<?> request) {
        ContentForm form = new ContentForm(course.id(), content, errors, materials.list(course.id(), caller),
                "/teach/courses/" + course.id() + "#materials", ctx.locale());
        String contentForm = forms.render(type, form, write(content), ctx, request);
        return Views.view("teach/lesson", ctx, new LessonEditModel(course, typeNames, sectionId, lessonId, type, title, titleEn, required,
                contentForm, errors, previewHtml));
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("content.json", "problem.field.notJsonObject");
        }
    }

    private String write(Map<String, Object> content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(Map<String, Object> form, String name) {
        return ContentFormFields.single(form.get(name));
    }

    private static UUID id(Map<String, Object> form, String name) {
        UUID id = optionalId(form, name);
        if (id == null) {
            throw new NotFoundException("problem.teach.missingId", name);
        }
        return id;
    }

    private static @Nullable UUID optionalId(Map<String, Object> form, String name) {
        return FormIds.orNull(field(form, name));
    }
}
