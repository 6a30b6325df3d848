package ua.fakh.web.teach;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.TemplateRenderer;
import ua.fakh.web.page.Views;

/**
 * A lesson type's form is its partial {@code teach/lesson/<type id>.jte}, chosen by the type's plugin
 * id, as a plugin's strings are chosen by it; a type without one (a plugin added without its
 * editor form) is edited as JSON with {@code teach/lesson/other.jte}.
 */
@Singleton
class LessonForms {
    static final String FOLDER = "teach/lesson/";
    static final String FALLBACK = FOLDER + "other";

    private final HtmlJteViewsRenderer<?> templates;
    private final TemplateRenderer renderer;

    LessonForms(HtmlJteViewsRenderer<?> templates, TemplateRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    String render(LessonFields fields, PageContext ctx, HttpRequest<?> request) {
        String template = FOLDER + fields.type();
        boolean known = fields.type().matches("[a-z][a-z0-9_]*") && templates.exists(template);
        return renderer.render(Views.view(known ? template : FALLBACK, ctx, fields), request);
    }
}
