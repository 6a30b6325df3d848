package ua.fakh.courses.plugins.content_link;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.ContentFields;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.spi.ContentForm;
import ua.fakh.courses.spi.ContentFormParts;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.CourseMaterials;
import ua.fakh.courses.spi.SafeHtml;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An external resource (a law on zakon.rada.gov.ua, a UNICEF guide): {@code {url, description?}}. */
@Singleton
public class LinkContent implements ContentType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("content_link", "1.0.0");
    }

    @Override
    public Map<String, Object> validate(Map<String, Object> content, CourseMaterials materials) {
        ContentFields fields = new ContentFields(content);
        fields.webUrl("url", true);
        fields.text("description", false, 20_000);
        return fields.done();
    }

    @Override
    public String render(Map<String, Object> content, CourseMaterials materials, Locale locale) {
        String url = SafeHtml.escape(content.get("url").toString());
        StringBuilder html = new StringBuilder("<div class=\"lesson-link\">");
        if (content.get("description") != null) {
            html.append(SafeHtml.markdown(content.get("description").toString()));
        }
        return html.append("<p><a class=\"external\" href=\"").append(url)
                .append("\" rel=\"noopener noreferrer\" target=\"_blank\">").append(url).append("</a></p></div>").toString();
    }

    @Override
    public Set<UUID> materialIds(Map<String, Object> content) {
        return Set.of();
    }

    @Override
    public Map<String, Object> withMaterials(Map<String, Object> content, Map<UUID, UUID> newIds) {
        return content;
    }

    @Override
    public Optional<Html> renderForm(ContentForm form) {
        return Optional.of(Html.join(
                ContentFormParts.field(form, "url", "c.url", PluginStrings.get(this, form.locale(), "form.url"), null, true, "url", 0),
                ContentFormParts.field(form, "description", "c.description", PluginStrings.get(this, form.locale(), "form.description"),
                        PluginStrings.get(this, form.locale(), "form.markdownHint"), false, "text", 4)));
    }

    @Override
    public String icon() {
        return "↗";
    }
}
