package ua.fakh.web.page;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a template to a string, for responses made outside controllers (error pages): those can
 * be produced before the views filter would see them, e.g. when the security filter refuses a request.
 */
@Singleton
public class TemplateRenderer {
    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    TemplateRenderer(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    public String render(ModelAndView<Map<String, Object>> view, HttpRequest<?> request) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(view, request, MediaType.TEXT_HTML).orElseThrow(
                    () -> new IllegalStateException("No HTML renderer for " + view.getView().orElse("?"))).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
