package ua.fakh.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * The one shape of a page's model: every template takes {@code ctx} (the {@link PageContext}) and,
 * when it has one, {@code model} (its own record). Rendered by micronaut-views-jte from the
 * templates precompiled at build time.
 */
public final class Views {
    private Views() {
    }

    public static ModelAndView<Map<String, Object>> view(String template, PageContext ctx, @Nullable Object model) {
        Map<String, Object> values = new HashMap<>();
        values.put("ctx", ctx);
        if (model != null) {
            values.put("model", model);
        }
        return new ModelAndView<>(template, values);
    }

    public static ModelAndView<Map<String, Object>> view(String template, PageContext ctx) {
        return view(template, ctx, null);
    }
}
