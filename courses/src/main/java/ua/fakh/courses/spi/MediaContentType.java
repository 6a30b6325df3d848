package ua.fakh.courses.spi;

import ua.fakh.core.plugins.PluginStrings;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What video and audio lessons share: {@code {materialId}} (an uploaded file, streamed with Range)
 * or {@code {url}} (elsewhere), and an optional {@code transcript} — the text alternative for a
 * learner on a weak connection or who cannot listen. A base for the media lesson types, which
 * bring their own strings ({@code transcript} and the form's words, see {@link #renderForm}).
 */
public abstract class MediaContentType implements ContentType {
    static final int MAX_TRANSCRIPT = 100_000;

    /** {@code video} or {@code audio}: the HTML element and the media type prefix. */
    protected abstract String kind();

    @Override
    public Map<String, Object> validate(Map<String, Object> content, CourseMaterials materials) {
        ContentFields fields = new ContentFields(content);
        boolean hasMaterial = content != null && content.get("materialId") != null;
        boolean hasUrl = content != null && content.get("url") != null;
        if (hasMaterial == hasUrl) {
            fields.reject("materialId", "problem.field.content.fileOrAddress");
        } else if (hasMaterial) {
            fields.material("materialId", true, materials, kind() + "/");
        } else {
            fields.webUrl("url", true);
        }
        fields.text("transcript", false, MAX_TRANSCRIPT);
        return fields.done();
    }

    @Override
    public String render(Map<String, Object> content, CourseMaterials materials, Locale locale) {
        StringBuilder html = new StringBuilder("<figure class=\"lesson-media\">");
        Object materialId = content.get("materialId");
        if (materialId != null) {
            UUID id = UUID.fromString(materialId.toString());
            MaterialInfo info = materials.find(id).orElse(null);
            String src = SafeHtml.escape(materials.contentUrl(id));
            html.append('<').append(kind()).append(" controls preload=\"metadata\" src=\"").append(src).append("\"></")
                    .append(kind()).append('>');
            if (info != null) {
                html.append("<figcaption><a href=\"").append(src).append("?download=1\" download>")
                        .append(SafeHtml.escape(info.filename())).append("</a> (").append(FileWords.size(info.size(), locale))
                        .append(")</figcaption>");
            }
        } else {
            String url = SafeHtml.escape(URI.create(content.get("url").toString()).toString());
            html.append('<').append(kind()).append(" controls preload=\"none\" src=\"").append(url).append("\"></")
                    .append(kind()).append("><figcaption><a href=\"").append(url)
                    .append("\" rel=\"noopener noreferrer\" target=\"_blank\">").append(url).append("</a></figcaption>");
        }
        html.append("</figure>");
        Object transcript = content.get("transcript");
        if (transcript != null) {
            html.append("<details class=\"transcript\" open><summary>")
                    .append(SafeHtml.escape(PluginStrings.get(this, locale, "transcript"))).append("</summary>")
                    .append(SafeHtml.markdown(transcript.toString())).append("</details>");
        }
        return html.toString();
    }

    /** A recording given by address plays from that address's origin; an uploaded one from Fakh. */
    @Override
    public Set<String> externalMediaOrigins(Map<String, Object> content) {
        Object url = content == null ? null : content.get("url");
        if (url == null) {
            return Set.of();
        }
        try {
            URI uri = URI.create(url.toString());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Set.of();
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return Set.of(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (IllegalArgumentException malformed) {
            return Set.of();
        }
    }

    /**
     * Either one of the course's files of this kind or an address, and the transcript. Words from the
     * type's bundle: {@code form.hint}, {@code form.material}, {@code form.noMaterial},
     * {@code form.noMaterials}, {@code form.upload}, {@code form.url}, {@code form.transcript}.
     */
    @Override
    public Optional<Html> renderForm(ContentForm form) {
        Locale locale = form.locale();
        return Optional.of(Html.join(ContentFormParts.hint(PluginStrings.get(this, locale, "form.hint")),
                ContentFormParts.material(form, form.materials(kind() + "/"), true, new ContentFormParts.Labels(
                        PluginStrings.get(this, locale, "form.material"), PluginStrings.get(this, locale, "form.noMaterial"),
                        PluginStrings.get(this, locale, "form.noMaterials"), PluginStrings.get(this, locale, "form.upload"))),
                ContentFormParts.field(form, "url", "c.url", PluginStrings.get(this, locale, "form.url"), null, false, "url", 0),
                ContentFormParts.field(form, "transcript", "c.transcript", PluginStrings.get(this, locale, "form.transcript"),
                        null, false, "text", 6)));
    }

    /** The page ticks the lesson when the recording has played to its end. */
    @Override
    public boolean completesWhenPlayed() {
        return true;
    }

    /** Opening a recording is not listening to it: the player marks it done when it ends, or the learner does. */
    @Override
    public boolean completesWhenOpened() {
        return false;
    }

    @Override
    public Set<UUID> materialIds(Map<String, Object> content) {
        Object id = content.get("materialId");
        return id == null ? Set.of() : Set.of(UUID.fromString(id.toString()));
    }

    @Override
    public Map<String, Object> withMaterials(Map<String, Object> content, Map<UUID, UUID> newIds) {
        Object id = content.get("materialId");
        if (id == null) {
            return content;
        }
        Map<String, Object> copy = new HashMap<>(content);
        copy.put("materialId", newIds.get(UUID.fromString(id.toString())).toString());
        return copy;
    }
}
