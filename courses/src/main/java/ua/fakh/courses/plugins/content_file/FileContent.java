package ua.fakh.courses.plugins.content_file;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.ContentFields;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.spi.ContentForm;
import ua.fakh.courses.spi.ContentFormParts;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.CourseMaterials;
import ua.fakh.courses.spi.FileWords;
import ua.fakh.courses.spi.MaterialInfo;
import ua.fakh.courses.spi.SafeHtml;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A document to read or download (PDF handout, slides, checklist): {@code {materialId, description?}}. */
@Singleton
public class FileContent implements ContentType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("content_file", "1.0.0");
    }

    @Override
    public Map<String, Object> validate(Map<String, Object> content, CourseMaterials materials) {
        ContentFields fields = new ContentFields(content);
        fields.material("materialId", true, materials);
        fields.text("description", false, 20_000);
        return fields.done();
    }

    @Override
    public String render(Map<String, Object> content, CourseMaterials materials, Locale locale) {
        UUID id = UUID.fromString(content.get("materialId").toString());
        String src = SafeHtml.escape(materials.contentUrl(id));
        StringBuilder html = new StringBuilder("<div class=\"lesson-file\">");
        if (content.get("description") != null) {
            html.append(SafeHtml.markdown(content.get("description").toString()));
        }
        MaterialInfo info = materials.find(id).orElse(null);
        String name = info == null ? "" : SafeHtml.escape(info.filename());
        html.append("<p><a class=\"download\" href=\"").append(src).append("?download=1\" download>").append(name).append("</a>");
        if (info != null) {
            html.append(" <span class=\"meta\">(").append(SafeHtml.escape(FileWords.kind(info.mediaType(), locale))).append(", ")
                    .append(SafeHtml.escape(FileWords.size(info.size(), locale))).append(")</span>");
            if (info.mediaType().equals("application/pdf")) {
                html.append(" · <a href=\"").append(src).append("\" target=\"_blank\" rel=\"noopener\">PDF</a>");
            }
        }
        return html.append("</p></div>").toString();
    }

    @Override
    public Set<UUID> materialIds(Map<String, Object> content) {
        return Set.of(UUID.fromString(content.get("materialId").toString()));
    }

    @Override
    public Map<String, Object> withMaterials(Map<String, Object> content, Map<UUID, UUID> newIds) {
        Map<String, Object> copy = new HashMap<>(content);
        copy.put("materialId", newIds.get(UUID.fromString(content.get("materialId").toString())).toString());
        return copy;
    }

    @Override
    public Optional<Html> renderForm(ContentForm form) {
        ContentFormParts.Labels labels = new ContentFormParts.Labels(PluginStrings.get(this, form.locale(), "form.material"),
                PluginStrings.get(this, form.locale(), "form.noMaterial"), PluginStrings.get(this, form.locale(), "form.noMaterials"),
                PluginStrings.get(this, form.locale(), "form.upload"));
        return Optional.of(Html.join(ContentFormParts.material(form, form.materials(), false, labels),
                ContentFormParts.field(form, "description", "c.description", PluginStrings.get(this, form.locale(), "form.description"),
                        PluginStrings.get(this, form.locale(), "form.markdownHint"), false, "text", 4)));
    }

    @Override
    public String icon() {
        return "▤";
    }
}
