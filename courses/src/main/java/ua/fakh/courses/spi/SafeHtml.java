package ua.fakh.courses.spi;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;

/**
 * The one way user-written text becomes HTML: Markdown (CommonMark with tables) rendered and then
 * passed through an allow-list. Raw HTML inside the Markdown survives only where the allow-list
 * permits; scripts, event handlers, {@code javascript:} links and frames never do.
 */
public final class SafeHtml {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href", "title").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("pre", "code", "hr", "br", "del", "s", "sup", "sub", "figure", "figcaption")
                    .allowAttributes("align").onElements("th", "td")
                    .toFactory());

    private SafeHtml() {
    }

    public static String markdown(String markdown) {
        return sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Plain text for an HTML text node or attribute. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&#34;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
