package ua.fakh.web.analytics.map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import ua.fakh.core.i18n.BundleMessageSource;
import ua.fakh.core.i18n.Messages;
import ua.fakh.web.page.PageContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The map templates rendered as the application renders them (precompiled at build time), with the real bundles. */
final class MapTemplates {
    private static final TemplateEngine JTE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final Messages MESSAGES = new Messages(new BundleMessageSource(MapTemplates.class.getClassLoader(),
            List.of("i18n/messages")));

    private MapTemplates() {
    }

    static PageContext context(Locale locale) {
        return new PageContext(locale, MESSAGES, "token", "/analytics/map", "/analytics/map", "admin@test.fakh",
                Set.of("ADMIN"), null, null);
    }

    static String render(String template, Map<String, Object> parameters) {
        StringOutput out = new StringOutput();
        JTE.render(template, parameters, out);
        return out.toString();
    }
}
