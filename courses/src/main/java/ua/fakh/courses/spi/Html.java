package ua.fakh.courses.spi;

import java.util.List;
import java.util.Objects;

/**
 * A fragment of HTML that is safe to put into a page as it is. Made only by {@link HtmlTag} (which
 * escapes every text and attribute value it is given) or from user-written Markdown or HTML through
 * {@link SafeHtml}'s allow-list; there is no way to wrap an unchecked string. Immutable.
 */
public final class Html {
    public static final Html EMPTY = new Html("");

    private final String html;

    private Html(String html) {
        this.html = html;
    }

    /** Plain text, escaped. */
    public static Html text(String text) {
        return new Html(SafeHtml.escape(text));
    }

    /** Markdown written by a trainer, rendered and passed through the allow-list. */
    public static Html markdown(String markdown) {
        return new Html(SafeHtml.markdown(markdown));
    }

    /** HTML from elsewhere (an earlier render, a plugin's output) passed through the allow-list. */
    public static Html sanitized(String html) {
        return new Html(SafeHtml.sanitize(html));
    }

    public static Html join(Html... parts) {
        return join(List.of(parts));
    }

    public static Html join(List<Html> parts) {
        StringBuilder joined = new StringBuilder();
        parts.forEach(p -> joined.append(p.html));
        return new Html(joined.toString());
    }

    /** Only {@link HtmlTag} builds markup from parts it escaped itself. */
    static Html built(String html) {
        return new Html(html);
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Html that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html);
    }
}
