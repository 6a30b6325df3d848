package ua.fakh.courses.plugins.content_video;

import org.junit.jupiter.api.Test;
import ua.fakh.core.errors.FieldError;
import ua.fakh.courses.spi.ContentRejectedException;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.ContentTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoContentTest extends ContentTypeContract {
    @Override
    protected ContentType plugin() {
        return new VideoContent();
    }

    @Override
    protected Map<String, Object> validContent() {
        return Map.of("materialId", VIDEO.id().toString(), "transcript", "Текстова версія <b>для</b> слабкого зв'язку");
    }

    @Override
    protected List<Map<String, Object>> invalidContents() {
        return List.of(
                Map.of("materialId", VIDEO.id().toString(), "url", "https://example.org/a"),
                Map.of("materialId", AUDIO.id().toString()),
                Map.of("materialId", PDF.id().toString()),
                Map.of("materialId", "not-an-id"),
                Map.of("url", "javascript:alert(1)"),
                Map.of("url", "ftp://example.org/a.mp4"));
    }

    @Test
    void streamsTheMaterialAndLabelsTheTranscriptInTheReadersLanguage() {
        Map<String, Object> content = plugin().validate(validContent(), MATERIALS);
        String uk = plugin().render(content, MATERIALS, Locale.forLanguageTag("uk"));
        assertThat(uk).contains("<video controls", "/api/materials/" + VIDEO.id() + "/content", "Текстова версія");
        assertThat(plugin().render(content, MATERIALS, Locale.ENGLISH)).contains("Transcript");
    }

    @Test
    void acceptsTheAddressOfAVideoFileButNotOfAnotherWebPage() {
        assertThat(plugin().validate(Map.of("url", "https://media.example.org/a.mp4"), MATERIALS)).containsKey("url");
        assertThatThrownBy(() -> plugin().validate(Map.of("url", "https://media.example.org/a"), MATERIALS))
                .isInstanceOf(ContentRejectedException.class)
                .satisfies(e -> assertThat(((ContentRejectedException) e).fieldErrors()).extracting(FieldError::field)
                        .containsExactly("content.url"));
    }

    @Test
    void youtubeAndVimeoPagesPlayInThePrivacyEnhancedPlayerFramedFromItsOriginOnly() {
        for (String page : List.of("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ?t=3",
                "https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube.com/embed/dQw4w9WgXcQ")) {
            Map<String, Object> content = plugin().validate(Map.of("url", page), MATERIALS);
            assertThat(plugin().render(content, MATERIALS, Locale.ENGLISH)).as(page)
                    .contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"").contains("Video player (YouTube)");
            assertThat(plugin().externalFrameOrigins(content)).containsExactly("https://www.youtube-nocookie.com");
            assertThat(plugin().externalMediaOrigins(content)).isEmpty();
        }
        Map<String, Object> vimeo = plugin().validate(Map.of("url", "https://vimeo.com/76979871/8272103f6e"), MATERIALS);
        assertThat(plugin().render(vimeo, MATERIALS, Locale.forLanguageTag("uk")))
                .contains("https://player.vimeo.com/video/76979871?dnt=1&amp;h=8272103f6e").contains("Відкрити на Vimeo");
        assertThat(plugin().externalFrameOrigins(vimeo)).containsExactly("https://player.vimeo.com");
        assertThatThrownBy(() -> plugin().validate(Map.of("url", "https://www.youtube.com/@channel"), MATERIALS))
                .isInstanceOf(ContentRejectedException.class);
    }
}
