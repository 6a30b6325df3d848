package ua.fakh.courses.plugins.content_markdown;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.ContentTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownContentTest extends ContentTypeContract {
    @Override
    protected ContentType plugin() {
        return new MarkdownContent();
    }

    @Override
    protected Map<String, Object> validContent() {
        return Map.of("markdown", "# Заголовок\n\n<img src=x onerror=alert(1)><script>alert(1)</script>[a](javascript:alert(1))");
    }

    @Override
    protected List<Map<String, Object>> invalidContents() {
        return List.of(Map.of("markdown", 42), Map.of("markdown", "x".repeat(200_001)), Map.of("markdown", "  "));
    }

    @Test
    void rendersTablesAndKeepsCyrillic() {
        String html = plugin().render(Map.of("markdown", "| Послуга | Години |\n|---|---|\n| Консультування | 2 |"),
                MATERIALS, Locale.ENGLISH);
        assertThat(html).contains("<table>", "<td>Консультування</td>");
    }
}
