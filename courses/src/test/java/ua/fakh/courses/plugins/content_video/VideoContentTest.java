package ua.fakh.courses.plugins.content_video;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.ContentTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
    void acceptsAnExternalAddress() {
        assertThat(plugin().validate(Map.of("url", "https://media.example.org/a"), MATERIALS)).containsKey("url");
    }
}
