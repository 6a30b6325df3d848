package ua.fakh.courses.plugins.content_link;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.ContentTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LinkContentTest extends ContentTypeContract {
    @Override
    protected ContentType plugin() {
        return new LinkContent();
    }

    @Override
    protected Map<String, Object> validContent() {
        return Map.of("url", "https://zakon.rada.gov.ua/laws/show/z1399-15?a=1&b=\"2\"", "description", "Стандарт");
    }

    @Override
    protected List<Map<String, Object>> invalidContents() {
        return List.of(Map.of("url", "javascript:alert(1)"), Map.of("url", "data:text/html,x"), Map.of("url", "not a url"),
                Map.of("url", "https:///nohost"));
    }

    @Test
    void opensOutsideWithoutGivingTheOpenerAway() {
        String html = plugin().render(plugin().validate(validContent(), MATERIALS), MATERIALS, Locale.ENGLISH);
        assertThat(html).contains("rel=\"noopener noreferrer\"", "&amp;b=%222%22");
    }
}
