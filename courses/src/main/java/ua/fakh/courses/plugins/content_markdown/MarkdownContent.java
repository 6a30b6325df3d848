package ua.fakh.courses.plugins.content_markdown;

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

/** A text lesson in Markdown (CommonMark with tables): {@code {markdown}}. */
@Singleton
public class MarkdownContent implements ContentType {
    static final int MAX_LENGTH = 200_000;

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("content_markdown", "1.0.0");
    }

    @Override
    public Map<String, Object> validate(Map<String, Object> content, CourseMaterials materials) {
        ContentFields fields = new ContentFields(content);
        fields.text("markdown", true, MAX_LENGTH);
        return fields.done();
    }

    @Override
    public String render(Map<String, Object> content, CourseMaterials materials, Locale locale) {
        return "<div class=\"lesson-text\">" + SafeHtml.markdown((String) content.get("markdown")) + "</div>";
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
        return Optional.of(ContentFormParts.field(form, "markdown", "c.markdown", PluginStrings.get(this, form.locale(), "form.markdown"),
                PluginStrings.get(this, form.locale(), "form.markdownHint"), true, "text", 16));
    }

    @Override
    public String icon() {
        return "¶";
    }
}
