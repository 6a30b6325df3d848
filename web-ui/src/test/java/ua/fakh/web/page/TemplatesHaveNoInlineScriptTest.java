package ua.fakh.web.page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy refuses inline script and inline style, so no template may hold any:
 * every {@code <script>} names its file, no element has an {@code on…=} handler, a {@code style}
 * attribute or a {@code <style>} block, and no link runs {@code javascript:}.
 */
class TemplatesHaveNoInlineScriptTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("\\sstyle\\s*=|<style\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptOrStyle() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".jte")).toList();
        }
        assertThat(templates).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Path template : templates) {
            String text = Files.readString(template);
            Matcher script = SCRIPT_TAG.matcher(text);
            while (script.find()) {
                if (!script.group(1).contains("src=")) {
                    found.add(template + ": <script" + script.group(1) + "> without src");
                }
            }
            for (Pattern forbidden : List.of(HANDLER, STYLE, JAVASCRIPT_URL)) {
                Matcher m = forbidden.matcher(text);
                while (m.find()) {
                    found.add(template + ": " + m.group().strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckRecognisesWhatItForbids() {
        String bad = "<script>alert(1)</script><button onclick=\"x()\" style=\"color:red\">";
        assertThat(SCRIPT_TAG.matcher(bad).find()).isTrue();
        assertThat(HANDLER.matcher(bad).find()).isTrue();
        assertThat(STYLE.matcher(bad).find()).isTrue();
        assertThat(HANDLER.matcher("<form action=\"/x\" hx-trigger=\"toggle once\">").find()).isFalse();
    }
}
