package ua.fakh.web.teach;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.spi.ContentForm;
import ua.fakh.courses.spi.Html;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.TemplateRenderer;
import ua.fakh.web.page.Views;

/**
 * A lesson type's part of the lesson form is rendered by the type itself; a type without a form of
 * its own (a plugin added without one) is edited as JSON with {@code teach/lesson/other.jte}.
 */
@Singleton
class LessonForms {
    static final String FALLBACK = "teach/lesson/other";

    private final LessonTypes types;
    private final TemplateRenderer renderer;

    LessonForms(LessonTypes types, TemplateRenderer renderer) {
        this.types = types;
        this.renderer = renderer;
    }

    String render(String type, ContentForm form, String json, PageContext ctx, HttpRequest<?> request) {
        return types.find(type).flatMap(t -> t.renderForm(form)).map(Html::toString)
                .orElseGet(() -> renderer.render(Views.view(FALLBACK, ctx, new LessonFields(form.errors(), json)), request));
    }
}
