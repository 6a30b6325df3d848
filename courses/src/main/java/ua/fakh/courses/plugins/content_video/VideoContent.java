package ua.fakh.courses.plugins.content_video;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.spi.ContentRejectedException;
import ua.fakh.courses.spi.CourseMaterials;
import ua.fakh.courses.spi.MediaContentType;
import ua.fakh.courses.spi.SafeHtml;
import ua.fakh.core.errors.FieldError;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Video lesson: an uploaded video file or an external address, with an optional transcript. The
 * address of a YouTube or Vimeo video page plays in that site's privacy-enhanced player; any other
 * address must be a video file ({@code .mp4}, {@code .webm} …): a web page cannot play in {@code <video>}.
 */
@Singleton
public class VideoContent extends MediaContentType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("content_video", "1.0.0");
    }

    @Override
    protected String kind() {
        return "video";
    }

    @Override
    public String icon() {
        return "▶";
    }

    @Override
    public Map<String, Object> validate(Map<String, Object> content, CourseMaterials materials) {
        Map<String, Object> valid = super.validate(content, materials);
        Object url = valid.get("url");
        if (url != null) {
            URI address = URI.create(url.toString());
            if (VideoHosts.embedded(address).isEmpty() && !VideoHosts.isVideoFile(address)) {
                throw new ContentRejectedException(List.of(new FieldError("content.url", "problem.field.content.notVideoFile")));
            }
        }
        return valid;
    }

    @Override
    public String render(Map<String, Object> content, CourseMaterials materials, Locale locale) {
        Optional<VideoHosts.Embedded> embedded = embedded(content);
        if (embedded.isEmpty()) {
            return super.render(content, materials, locale);
        }
        String page = SafeHtml.escape(URI.create(content.get("url").toString()).toString());
        String title = MessageFormat.format(PluginStrings.get(this, locale, "embed.title"), embedded.get().site());
        String html = "<figure class=\"lesson-media lesson-embed\"><iframe src=\"" + SafeHtml.escape(embedded.get().player())
                + "\" title=\"" + SafeHtml.escape(title) + "\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\""
                + " allow=\"encrypted-media; picture-in-picture; fullscreen\" allowfullscreen></iframe>"
                + "<figcaption><a href=\"" + page + "\" rel=\"noopener noreferrer\" target=\"_blank\">"
                + SafeHtml.escape(MessageFormat.format(PluginStrings.get(this, locale, "embed.open"), embedded.get().site()))
                + "</a></figcaption></figure>";
        Object transcript = content.get("transcript");
        if (transcript != null) {
            html += "<details class=\"transcript\" open><summary>" + SafeHtml.escape(PluginStrings.get(this, locale, "transcript"))
                    + "</summary>" + SafeHtml.markdown(transcript.toString()) + "</details>";
        }
        return html;
    }

    /** A YouTube or Vimeo video plays nothing from the page itself: only the site's player, in a frame. */
    @Override
    public Set<String> externalMediaOrigins(Map<String, Object> content) {
        return embedded(content).isPresent() ? Set.of() : super.externalMediaOrigins(content);
    }

    @Override
    public Set<String> externalFrameOrigins(Map<String, Object> content) {
        return embedded(content).map(e -> Set.of(e.origin())).orElse(Set.of());
    }

    private static Optional<VideoHosts.Embedded> embedded(Map<String, Object> content) {
        Object url = content == null ? null : content.get("url");
        if (url == null) {
            return Optional.empty();
        }
        try {
            return VideoHosts.embedded(URI.create(url.toString()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
